import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, HintAndError } from '../ui/fields';

/*
 * Inputs that renderer/ui/fields.tsx does not offer (number, date and time, checkbox, radio group),
 * built the same way: a visible label, the hint and the inline error tied to the input by
 * aria-describedby, aria-invalid while the error shows.
 */

interface Described {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}

export function CheckboxField(props: Described & { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, checked, onChange, error } = props;
  return (
    <div className="field checkbox-field">
      <span>
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props.id, props.error, props.hint)}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        <label htmlFor={id}>{label}</label>
      </span>
      <HintAndError {...props} />
    </div>
  );
}

/** A fieldset whose legend names the group, so screen readers announce "Your position, group" before each option. */
export function RadioGroup<T extends string>(
  props: Described & { legend: string; value: T | ''; onChange: (value: T) => void; options: ReadonlyArray<{ value: T; label: string }>; required?: boolean },
) {
  const { id, legend, value, onChange, options, required } = props;
  return (
    <fieldset className="radio-group" aria-describedby={describedBy(props.id, props.error, props.hint)}>
      <legend>
        {legend}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {options.map((option) => (
        <div key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{' '}
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      <HintAndError {...props} />
    </fieldset>
  );
}

/** A form-level message (e.g. "This proposal is closed") that is not about one field. */
export function FormProblem({ error, children }: { error: string | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {t(error)}
      {children}
    </p>
  );
}
