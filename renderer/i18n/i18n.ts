import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Catalogue = { [key: string]: string | Catalogue };

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

const englishFiles = import.meta.glob<Catalogue>('./en/*.json', { eager: true, import: 'default' });
export const english: Catalogue = Object.keys(englishFiles)
  .sort()
  .reduce<Catalogue>((all, file) => merge(all, structuredClone(englishFiles[file] ?? {})), {});

export async function initI18n(language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: english } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
