import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalLanguage, languageDirection, languageName, OFFERED_LANGUAGES } from '../../shared/translations/content-language';
import { describedBy, HintAndError } from '../ui/fields';

const OTHER = 'other';
const UNDECLARED = '';

/**
 * The language a text is written in: the offered languages named in themselves (the six UN
 * languages first), or any other BCP 47 tag typed in. Calls back only with a valid, canonical tag.
 */
export function LanguageField({
  id,
  label,
  value,
  onChange,
  allowUndeclared = false,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (tag: string | undefined) => void;
  /** Documents made before languages were asked for have none; they may stay so. */
  allowUndeclared?: boolean;
}) {
  const { t } = useTranslation();
  const offered = value === undefined || OFFERED_LANGUAGES.includes(value);
  const [choosingOther, setChoosingOther] = useState(!offered);
  const [typed, setTyped] = useState(offered ? '' : (value ?? ''));
  const [error, setError] = useState<string>();
  const selected = choosingOther ? OTHER : (value ?? UNDECLARED);
  const tagId = `${id}-tag`;
  const hint = t('translations.language.tagHint');

  const commitTyped = () => {
    const tag = canonicalLanguage(typed);
    setError(tag === undefined ? 'errors.invalidLanguage' : undefined);
    if (tag !== undefined && tag !== value) onChange(tag);
  };

  return (
    <div className="language-field">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          name={id}
          value={selected}
          onChange={(event) => {
            const next = event.target.value;
            setError(undefined);
            setChoosingOther(next === OTHER);
            if (next === OTHER) return;
            onChange(next === UNDECLARED ? undefined : next);
          }}
        >
          {allowUndeclared || value === undefined ? <option value={UNDECLARED}>{t('translations.language.undeclared')}</option> : null}
          {OFFERED_LANGUAGES.map((tag) => (
            <option key={tag} value={tag} lang={tag} dir={languageDirection(tag)}>
              {languageName(tag)}
            </option>
          ))}
          <option value={OTHER}>{t('translations.language.other')}</option>
        </select>
      </div>
      {choosingOther ? (
        <div className="field">
          <label htmlFor={tagId}>{t('translations.language.tag')}</label>
          <input
            id={tagId}
            name={tagId}
            value={typed}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(tagId, error, hint)}
            onChange={(event) => setTyped(event.target.value)}
            onBlur={commitTyped}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              commitTyped();
            }}
          />
          <HintAndError id={tagId} error={error} hint={hint} />
          {value !== undefined && !OFFERED_LANGUAGES.includes(value) && error === undefined ? <p className="hint">{languageName(value, value)}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
