import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { SCREEN_HEADING_ID } from './meetings-context';

/**
 * Date, time and number inputs in the app's field style (renderer/ui/fields.tsx offers text, email and url only):
 * label, hint, inline translated error, aria-invalid and aria-describedby.
 */
export function InputField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type: 'datetime-local' | 'date' | 'time' | 'number';
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
}) {
  const { t } = useTranslation();
  const { id, label, value, onChange, type, error, hint, required, min, max } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        min={min}
        max={max}
        step={type === 'number' ? 1 : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
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
    </div>
  );
}

/** Checkboxes for choosing members, each with their time zone, in a fieldset named by its legend. */
export function MemberChecklist(props: {
  idPrefix: string;
  legend: string;
  members: readonly Member[];
  selected: ReadonlySet<string>;
  onChange: (memberId: string, checked: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { idPrefix, legend, members, selected, onChange, error } = props;
  return (
    <fieldset className="member-checklist" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend>{legend}</legend>
      {members.map((member) => (
        <div key={member.id} className="check">
          <input
            type="checkbox"
            id={`${idPrefix}-${member.id}`}
            checked={selected.has(member.id)}
            onChange={(event) => onChange(member.id, event.target.checked)}
          />
          <label htmlFor={`${idPrefix}-${member.id}`}>
            {member.name} <span className="zone">({member.timeZone})</span>
          </label>
        </div>
      ))}
      {error ? (
        <p className="field-error" id={`${idPrefix}-error`}>
          {t(error)}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A result or problem that screen readers announce: role="alert" for errors, role="status" otherwise. */
export function Feedback({ error, status }: { error?: string | undefined; status?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
      {status !== undefined ? <p role="status">{status}</p> : null}
    </>
  );
}

/** The h3 of a sub-screen; focus moves here when the user switches screens. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  return (
    <h3 id={SCREEN_HEADING_ID} tabIndex={-1}>
      {children}
    </h3>
  );
}
