import { canonicalLanguage } from '../../shared/translations/content-language';

/** A new document is written, most often, in the language its author reads the app in. */
export function defaultContentLanguage(uiLanguage: string | undefined): string {
  const tag = uiLanguage === undefined ? undefined : canonicalLanguage(uiLanguage);
  return tag === undefined || tag === 'cimode' ? 'en' : new Intl.Locale(tag).language;
}
