/** A BCP 47 tag in canonical form, or undefined when it is not one (a peer's or a browser's odd value). */
function canonical(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

/**
 * The locale dates and numbers follow: the member's own browser or system locale when it is in the
 * language the interface shows (an en-GB member reading English gets British dates, not American),
 * else the interface language itself, so a French screen never carries US dates.
 */
export function formatLocale(uiLanguage: string, preferred: readonly string[]): string {
  const ui = uiLanguage === 'cimode' ? undefined : canonical(uiLanguage);
  if (!ui) return 'en';
  const match = preferred.map(canonical).find((locale) => locale?.language === ui.language && locale.toString() !== ui.language);
  // A UI tag that names a region or script itself (zh-Hant) wins over a bare browser match.
  if (ui.toString() !== ui.language) return ui.toString();
  return match?.toString() ?? ui.toString();
}
