import { memo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseTyped, typedText, TYPED_EXAMPLES, type TypedKind } from '../../shared/i18n/typed-date-time';
import { useFormats } from '../i18n/use-formats';
import { describedBy, HintAndError } from './fields';

/** Literal keys, so the catalogue test sees every message. */
function formatHint(t: TFunction, kind: TypedKind): string {
  const example = TYPED_EXAMPLES[kind];
  if (kind === 'date') return t('formats.field.dateHint', { example });
  if (kind === 'time') return t('formats.field.timeHint', { example });
  return t('formats.field.dateTimeHint', { example });
}

/** An error key, as the forms' own errors are: HintAndError translates it. */
function unreadableKey(kind: TypedKind): string {
  if (kind === 'date') return 'formats.field.unreadableDate';
  if (kind === 'time') return 'formats.field.unreadableTime';
  return 'formats.field.unreadableDateTime';
}

/**
 * A date, a time or both in one labelled text field: one Tab stop, where a native input costs one
 * per segment. It hands the form the native inputs' canonical values, shows how it reads what was
 * typed in the member's own format, and says on leaving it when it cannot read it.
 */
export const DateTimeField = memo(function DateTimeField(props: {
  id: string;
  label: string;
  kind: TypedKind;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const formats = useFormats('UTC');
  const { id, label, kind, value, onChange, error, hint, required } = props;
  // What was typed, and the value it was handed on as; a value set from outside (a suggestion applied) replaces it.
  const [typed, setTyped] = useState({ text: typedText(value, kind), value });
  const [left, setLeft] = useState(false);
  const text = typed.value === value ? typed.text : typedText(value, kind);
  const read = parseTyped(text, kind);
  const unreadable = left && text.trim() !== '' && read === undefined ? unreadableKey(kind) : undefined;
  const shownError = error ?? unreadable;
  const fullHint = [formatHint(t, kind), hint].filter(Boolean).join(' ');
  const readsAs =
    read === undefined ? undefined : kind === 'date' ? formats.calendarDate(read, { weekday: true }) : kind === 'time' ? formats.wallTime(read) : formats.dateTime(`${read}:00Z`, { weekday: true });
  const readsId = `${id}-reads`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[describedBy(id, shownError, fullHint), readsAs ? readsId : ''].filter(Boolean).join(' ') || undefined}
        aria-required={required || undefined}
        onChange={(event) => {
          const next = event.target.value;
          const canonical = next.trim() === '' ? '' : (parseTyped(next, kind) ?? next);
          setTyped({ text: next, value: canonical });
          onChange(canonical);
        }}
        onBlur={() => setLeft(true)}
      />
      {readsAs ? (
        <p className="hint reads-as" id={readsId}>
          {t('formats.field.readsAs', { when: readsAs })}
        </p>
      ) : null}
      <HintAndError id={id} error={shownError} hint={fullHint} />
    </div>
  );
});
