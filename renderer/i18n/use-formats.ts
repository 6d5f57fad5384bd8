import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../shared/i18n/format-locale';
import { createFormats, type Formats } from '../../shared/i18n/formats';
import { systemTimeZone } from '../members/person-fields';

/** The locale dates and numbers follow here: the browser's full locale when it is in the interface language. */
export function useFormatLocale(): string {
  const { i18n } = useTranslation();
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return formatLocale(i18n.language, languages);
}

/**
 * Every date, time, duration and number on screen goes through this (decision 0027). `timeZone` is
 * the clock the viewer reads times on, usually their member record's; this computer's when left out.
 */
export function useFormats(timeZone?: string): Formats {
  const locale = useFormatLocale();
  // This computer's zone is read once per locale and zone given, not on every render: a keystroke
  // in a form must do no time-zone work (tests/e2e/malformed-link.spec.ts counts it).
  return useMemo(() => createFormats(locale, timeZone ?? systemTimeZone()), [locale, timeZone]);
}
