import { describe, expect, it } from 'vitest';
import { flatCatalogue } from '../architecture/catalogues';
import { followInterfaceLanguage } from '../../../renderer/i18n/document-language';
import { initI18n, switchLanguage } from '../../../renderer/i18n/i18n';
import { pickInterfaceLanguage } from '../../../renderer/i18n/interface-languages';
import { initialInterfaceLanguage, LANGUAGE_CHOICE_KEY, rememberLanguageChoice, storedLanguageChoice } from '../../../renderer/i18n/language-choice';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

const lockedStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('the default interface language', () => {
  it('is the first of the system languages that the app has, by language whatever the region or script', () => {
    expect(pickInterfaceLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickInterfaceLanguage(['pt-BR', 'zh-Hans-CN', 'en'])).toBe('zh');
    expect(pickInterfaceLanguage(['ar-EG'])).toBe('ar');
    expect(pickInterfaceLanguage(['not a tag', 'ru'])).toBe('ru');
  });

  it('is English when none of them is one of the six', () => {
    expect(pickInterfaceLanguage(['de-DE', 'pt'])).toBe('en');
    expect(pickInterfaceLanguage([])).toBe('en');
  });
});

describe('the remembered choice', () => {
  it('wins over the system languages, and is written where it is read back', () => {
    const storage = memoryStorage();
    expect(initialInterfaceLanguage(storage, ['fr-FR'])).toBe('fr');
    rememberLanguageChoice(storage, 'ar');
    expect(storage.items.get(LANGUAGE_CHOICE_KEY)).toBe('ar');
    expect(initialInterfaceLanguage(storage, ['fr-FR'])).toBe('ar');
  });

  it('counts as no choice when what is stored is not one of the six languages', () => {
    for (const stored of ['de', 'AR', '', '<script>', 'en-GB']) {
      expect(storedLanguageChoice(memoryStorage({ [LANGUAGE_CHOICE_KEY]: stored }))).toBeUndefined();
    }
    expect(initialInterfaceLanguage(memoryStorage({ [LANGUAGE_CHOICE_KEY]: 'klingon' }), ['ru'])).toBe('ru');
  });

  it('never stops the app where storage is refused', () => {
    expect(storedLanguageChoice(lockedStorage)).toBeUndefined();
    expect(() => rememberLanguageChoice(lockedStorage, 'zh')).not.toThrow();
    expect(initialInterfaceLanguage(undefined, ['es-MX'])).toBe('es');
  });
});

describe('switching the interface language at runtime', () => {
  it('loads the chosen catalogue, speaks it with its own plural forms, and keeps <html lang dir> and the title in step', async () => {
    const i18n = await initI18n('en');
    const root = { lang: '', dir: '' };
    const page = { documentElement: root, title: '' } as unknown as Document;
    followInterfaceLanguage(i18n, page);
    expect(root).toEqual({ lang: 'en', dir: 'ltr' });
    expect(i18n.t('nav.settings')).toBe('Settings');

    await switchLanguage(i18n, 'ar');
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(i18n.t('nav.settings')).toBe('الإعدادات');
    // Arabic has a dual: two changes read differently from three, and from eleven.
    const two = i18n.t('sync.agreement.behind', { name: 'Noor', count: 2 });
    const three = i18n.t('sync.agreement.behind', { name: 'Noor', count: 3 });
    const eleven = i18n.t('sync.agreement.behind', { name: 'Noor', count: 11 });
    expect(new Set([two, three, eleven]).size).toBe(3);
    expect(two).toContain('تغييران');

    await switchLanguage(i18n, 'ru');
    expect(root).toEqual({ lang: 'ru', dir: 'ltr' });
    expect(i18n.t('sync.agreement.behind', { name: 'Ко', count: 5 })).toBe('Ко отстаёт: 5 изменений ожидают отправки');
    expect(i18n.t('sync.agreement.behind', { name: 'Ко', count: 2 })).toBe('Ко отстаёт: 2 изменения ожидают отправки');
    expect(page.title).toBe('Coalition desk');
  });

  it('starts in the chosen language when it is not English', async () => {
    const i18n = await initI18n('zh');
    expect(i18n.resolvedLanguage).toBe('zh');
    expect(i18n.t('nav.settings')).toBe('设置');
  });

  it('has a loadable catalogue for each of the five other languages, with every feature file in it', async () => {
    const i18n = await initI18n('en');
    for (const language of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
      await switchLanguage(i18n, language);
      const expected = flatCatalogue(language);
      expect(i18n.t('settings.title')).toBe(expected.get('settings.title'));
      expect(i18n.t('keyProtection.heading')).toBe(expected.get('keyProtection.heading'));
      expect(i18n.t('translations.family.heading')).toBe(expected.get('translations.family.heading'));
      expect(i18n.t('language.label')).toBe(expected.get('language.label'));
    }
  });

  it('starts in English for a language it does not have', async () => {
    const i18n = await initI18n('de');
    expect(i18n.resolvedLanguage).toBe('en');
  });
});
