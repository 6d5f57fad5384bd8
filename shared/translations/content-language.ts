import { z } from 'zod';

/**
 * The language a document's text is written in, as a canonical BCP 47 tag. Intl does the
 * checking, so any well-formed tag is allowed, not only the ones offered in the list.
 */
export function canonicalLanguage(tag: string): string | undefined {
  const trimmed = tag.trim();
  if (trimmed === '' || trimmed.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

export const LanguageTagSchema = z
  .string()
  .max(35, { message: 'errors.invalidLanguage' })
  .transform((tag, context) => {
    const canonical = canonicalLanguage(tag);
    if (canonical === undefined) {
      context.addIssue({ code: 'custom', message: 'errors.invalidLanguage' });
      return z.NEVER;
    }
    return canonical;
  });

/** The six official languages of the United Nations first, then others coalitions work in. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
const OTHER_LANGUAGES = ['pt', 'de', 'sw', 'hi', 'bn', 'id', 'ja', 'ko', 'tr', 'fa', 'ur', 'he', 'it', 'nl', 'pl', 'uk', 'vi', 'th', 'am', 'ha', 'yo', 'ms', 'tl'] as const;
export const OFFERED_LANGUAGES: readonly string[] = [...UN_LANGUAGES, ...OTHER_LANGUAGES];

// Scripts written right to left (Unicode's list of RTL scripts in current use).
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

/** 'rtl' for Arabic, Hebrew, Persian, Urdu… or any tag whose script is written right to left. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A language's name in `inLanguage` (its own name when the same), or the tag when Intl has none. */
export function languageName(tag: string, inLanguage: string = tag): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
    // Autonyms such as "français" are lower case in running text; a list shows them as names.
    return inLanguage === tag ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : name;
  } catch {
    return tag;
  }
}
