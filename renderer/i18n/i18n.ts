import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage } from './interface-languages';

export type Catalogue = { [key: string]: string | Catalogue };

/** Each feature keeps its own catalogue file (en/core.json, en/meetings.json, …); they merge into one. */
function merge(target: Catalogue, source: Catalogue): Catalogue {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value);
    else if (existing !== undefined) throw new Error(`i18n key ${key} is defined twice`);
    else target[key] = value;
  }
  return target;
}

function mergeAll(parts: readonly Catalogue[]): Catalogue {
  return parts.reduce<Catalogue>((all, part) => merge(all, structuredClone(part)), {});
}

// English is in the main chunk: it is the fallback for any key, and the only language needed offline
// before anything else has loaded. Every other language is fetched only when chosen (decision 0026).
const englishFiles = import.meta.glob<Catalogue>('./en/*.json', { eager: true, import: 'default' });
export const english: Catalogue = mergeAll(Object.keys(englishFiles).sort().map((file) => englishFiles[file] ?? {}));

// One chunk per language (<lang>/catalogue.ts gathers its feature files): one request on choosing
// it, and a map of five entries in the main chunk rather than one per file.
const otherLanguages = import.meta.glob<Record<string, Catalogue>>('./*/catalogue.ts', { import: 'default' });

/** One language's catalogue, its feature files merged as English's are. */
export async function loadCatalogue(language: InterfaceLanguage): Promise<Catalogue> {
  if (language === FALLBACK_LANGUAGE) return english;
  const load = otherLanguages[`./${language}/catalogue.ts`];
  if (!load) throw new Error(`no catalogue for ${language}`);
  const files = await load();
  return mergeAll(Object.keys(files).sort().map((file) => files[file] ?? {}));
}

export async function initI18n(language: string = FALLBACK_LANGUAGE): Promise<I18n> {
  const chosen = isInterfaceLanguage(language) ? language : FALLBACK_LANGUAGE;
  const resources: Record<string, { translation: Catalogue }> = { [FALLBACK_LANGUAGE]: { translation: english } };
  let lng: InterfaceLanguage = chosen;
  if (chosen !== FALLBACK_LANGUAGE) {
    try {
      resources[chosen] = { translation: await loadCatalogue(chosen) };
    } catch {
      // The catalogue could not be fetched (offline before it was ever cached): start in English.
      lng = FALLBACK_LANGUAGE;
    }
  }
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...INTERFACE_LANGUAGES],
    resources,
    // Languages not yet loaded are added at runtime by switchLanguage.
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Loads the language's catalogue if needed, then switches every mounted screen to it, without a reload. */
export async function switchLanguage(i18n: I18n, language: InterfaceLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loadCatalogue(language), true, true);
  }
  await i18n.changeLanguage(language);
}
