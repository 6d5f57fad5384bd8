import { canonicalLanguage, languageDirection } from '../../shared/translations/content-language';

/** `lang` and `dir` for an element holding text in `language`; nothing when it is not declared (the page's apply). */
export function contentLanguageAttributes(language: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const tag = language === undefined ? undefined : canonicalLanguage(language);
  return tag === undefined ? {} : { lang: tag, dir: languageDirection(tag) };
}
