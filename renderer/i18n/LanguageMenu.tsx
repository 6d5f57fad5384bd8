import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceDirection, INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage } from './interface-languages';
import { browserStorage, rememberLanguageChoice } from './language-choice';
import { switchLanguage } from './i18n';
import './language-menu.css';

/** Each language named in itself, so a member finds theirs whatever the screen is in now. */
export const LANGUAGE_AUTONYMS = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
} as const satisfies Record<InterfaceLanguage, string>;

/** A globe, drawn rather than an emoji: locked-down machines often have no emoji font. */
function GlobeIcon() {
  return (
    <svg className="language-menu-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.2">
        <circle cx="8" cy="8" r="6.5" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
        <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
      </g>
    </svg>
  );
}

/** The interface language, switched at once and remembered on this install. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [failed, setFailed] = useState(false);
  const current = isInterfaceLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  const choose = async (language: InterfaceLanguage) => {
    setFailed(false);
    try {
      await switchLanguage(i18n, language);
      rememberLanguageChoice(browserStorage(), language);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="field language-menu">
      <label htmlFor={id}>
        <GlobeIcon />
        {t('language.label')}
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          if (isInterfaceLanguage(event.target.value)) void choose(event.target.value);
        }}
      >
        {INTERFACE_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language} dir={interfaceDirection(language)}>
            {LANGUAGE_AUTONYMS[language]}
          </option>
        ))}
      </select>
      {failed ? <p role="alert" className="field-error">{t('language.loadFailed')}</p> : null}
    </div>
  );
}
