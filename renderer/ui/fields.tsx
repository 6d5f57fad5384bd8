import { memo, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FIELD_INPUT_LENGTH } from '../../shared/validation';
import { useFormats } from '../i18n/use-formats';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** The hint and the translated inline error under a control, with the ids describedBy() points at. */
export function HintAndError({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
    </>
  );
}

function FieldFrame({ id, label, error, hint, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}

export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/**
 * A text input or textarea. Memoised, as every field here is: with the stable onChange of useForm,
 * a keystroke re-renders only the field typed in. What is typed or pasted beyond `maxLength` is
 * left out, and the field says so; the schema's own limit is judged on submit.
 */
export const TextField = memo(function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'url';
    multiline?: boolean;
    list?: string;
    autoComplete?: string;
    maxLength?: number;
  },
) {
  const { id, value, onChange, type = 'text', multiline, list, autoComplete, error, hint, required, maxLength = MAX_FIELD_INPUT_LENGTH } = props;
  const [cut, setCut] = useState(false);
  const cutId = `${id}-cut`;
  const common = {
    id,
    name: id,
    value,
    // What members type may be in any script: each field takes its direction from its own text.
    dir: 'auto',
    'aria-invalid': error || cut ? true : undefined,
    'aria-describedby': [describedBy(id, error, hint), cut ? cutId : ''].filter(Boolean).join(' ') || undefined,
    'aria-required': required || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const typed = event.target.value;
      setCut(typed.length > maxLength);
      onChange(typed.length > maxLength ? typed.slice(0, maxLength) : typed);
    },
  };
  return (
    <FieldFrame {...props}>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} list={list} autoComplete={autoComplete} {...common} />}
      {cut ? <CutMessage id={cutId} maxLength={maxLength} /> : null}
    </FieldFrame>
  );
});

/** Its own component, so a keystroke in a field that was not cut formats nothing. */
function CutMessage({ id, maxLength }: { id: string; maxLength: number }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <p className="field-error" id={id} role="alert">
      {t('errors.inputCut', { max: formats.number(maxLength) })}
    </p>
  );
}

/** Number inputs in the same frame (dates and times: DateTimeField): label, hint, inline translated error. */
export const InputField = memo(function InputField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type: 'number';
    min?: number;
    max?: number;
    step?: number | 'any';
  },
) {
  const { id, value, onChange, type, min, max, step, error, hint, required } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        min={min}
        max={max}
        step={step ?? (type === 'number' ? 1 : undefined)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
});

type SelectFieldProps<T extends string> = FieldProps & { value: T | ''; onChange: (value: T) => void; options: ReadonlyArray<{ value: T; label: string }>; placeholder?: string };

function SelectFieldFrame<T extends string>(props: SelectFieldProps<T>) {
  const { id, value, onChange, options, placeholder, error, hint, required } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

// memo() drops the type parameter; the cast gives it back.
export const SelectField = memo(SelectFieldFrame) as <T extends string>(props: SelectFieldProps<T>) => ReactNode;

/** Announces the count of problems after a rejected submit, so screen-reader users know to look. */
export function FormErrorSummary({ errors }: { errors: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  const count = Object.values(errors).filter(Boolean).length;
  return (
    <p className="form-error-summary" role="alert">
      {count > 0 ? t('form.errorSummary', { count }) : ''}
    </p>
  );
}
