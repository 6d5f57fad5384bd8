import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { SCREEN_HEADING_ID } from './meetings-context';


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
