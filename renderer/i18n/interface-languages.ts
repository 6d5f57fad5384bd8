import type { UN_LANGUAGES } from '../../shared/translations/content-language';

// Spelled out rather than imported: boot.ts uses this before the first paint, and the module that
// holds UN_LANGUAGES brings zod with it. The type keeps the two lists the same.
/** The languages the interface is translated into: the six official languages of the United Nations. */
export const INTERFACE_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies typeof UN_LANGUAGES;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: InterfaceLanguage = 'en';

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language for a list of preferred locales (navigator.languages): the first whose
 * language we have, whatever its region or script ("fr-CA" → fr, "zh-Hans-CN" → zh), else English.
 */
export function pickInterfaceLanguage(preferred: readonly string[]): InterfaceLanguage {
  for (const tag of preferred) {
    let language: string;
    try {
      language = new Intl.Locale(tag).language;
    } catch {
      continue;
    }
    if (isInterfaceLanguage(language)) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** Of the six, Arabic alone is written right to left. */
export function interfaceDirection(language: InterfaceLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
