import { describe, expect, it } from 'vitest';
import { baseKeys, flatCatalogue, LANGUAGES, placeholders, pluralForms } from './catalogues';

/**
 * Every language says everything English says, no more, with the same placeholders, and with the
 * plural forms its own grammar needs (CLDR categories, as i18next chooses them through Intl.PluralRules).
 */
const english = flatCatalogue('en');
const englishBases = baseKeys(english);
const others = LANGUAGES.filter((language) => language !== 'en');

// French and Spanish have a CLDR "many" form only for large round numbers ("1 000 000 de
// modifications"); i18next falls back to "other" without it, so it is allowed but not required.
const OPTIONAL_FORMS: Partial<Record<string, readonly string[]>> = { fr: ['many'], es: ['many'] };

function formsOf(catalogue: Map<string, string>, base: string): string[] {
  const forms = pluralForms(catalogue, base);
  return forms.size === 0 ? [base] : [...forms].map((form) => `${base}_${form}`);
}

function placeholdersOf(catalogue: Map<string, string>, base: string): string[] {
  return [...new Set(formsOf(catalogue, base).flatMap((key) => [...placeholders(catalogue.get(key) ?? '')]))].sort();
}

describe.each(others)('the %s catalogue', (language) => {
  const catalogue = flatCatalogue(language);
  const bases = baseKeys(catalogue);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  const optional = OPTIONAL_FORMS[language] ?? [];

  it('has every key of the English catalogue', () => {
    expect([...englishBases].filter((key) => !bases.has(key))).toEqual([]);
  });

  it('has no key that English does not have', () => {
    expect([...bases].filter((key) => !englishBases.has(key))).toEqual([]);
  });

  it('has a plain string where English has one, and its own plural forms where English has plurals', () => {
    const wrong = [...englishBases].filter((base) => bases.has(base)).flatMap((base) => {
      const englishPlural = pluralForms(english, base).size > 0;
      const forms = pluralForms(catalogue, base);
      if (!englishPlural) return forms.size === 0 && catalogue.has(base) ? [] : [`${base}: should be one plain string`];
      const missing = categories.filter((form) => !forms.has(form) && !optional.includes(form));
      const foreign = [...forms].filter((form) => !categories.includes(form));
      const problems = [];
      if (catalogue.has(base)) problems.push(`${base}: plain string beside plural forms`);
      if (missing.length > 0) problems.push(`${base}: missing ${missing.join(', ')}`);
      if (foreign.length > 0) problems.push(`${base}: ${language} has no ${foreign.join(', ')} form`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('uses the same placeholders as English in each string', () => {
    const wrong = [...englishBases]
      .filter((base) => bases.has(base))
      .flatMap((base) => {
        const expected = placeholdersOf(english, base);
        const actual = placeholdersOf(catalogue, base);
        return expected.join() === actual.join() ? [] : [`${base}: ${actual.join(', ') || 'none'} instead of ${expected.join(', ') || 'none'}`];
      });
    expect(wrong).toEqual([]);
  });

  it('translates rather than copies: few strings are identical to English', () => {
    // Short technical strings (a product name, "OK", a code example) may coincide; whole sentences may not.
    const copied = [...english].filter(([key, text]) => text.includes(' ') && text.length > 24 && catalogue.get(key) === text).map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
