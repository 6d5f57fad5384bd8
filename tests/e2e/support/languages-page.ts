import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/*
 * The interface language as a member meets it: the "Language" menu (labelled in the current
 * language, each option named in itself) on the first screen and in Settings. Strings of other
 * languages are read from their catalogues (renderer/i18n/<lang>/), so the test finds controls as a
 * member reading that language would, and does not restate translations.
 */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const AUTONYMS: Record<Language, string> = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };

type Node = { [key: string]: string | Node };
const catalogues = new Map<Language, Map<string, string>>();

function catalogue(language: Language): Map<string, string> {
  let flat = catalogues.get(language);
  if (flat) return flat;
  flat = new Map();
  const into = flat;
  const walk = (node: Node, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') into.set(prefix + key, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  const dir = join('renderer/i18n', language);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Node, '');
  catalogues.set(language, flat);
  return flat;
}

/** The interface string `key` in `language`, with its placeholders filled. */
export function interfaceText(language: Language, key: string, values: Record<string, string> = {}): string {
  const text = catalogue(language).get(key);
  if (text === undefined) throw new Error(`no ${key} in the ${language} catalogue`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class LanguagesPage {
  constructor(readonly page: Page) {}

  /** The menu, whatever language the screen is in now. */
  menu(): Locator {
    const labels = LANGUAGES.map((language) => escape(interfaceText(language, 'language.label')));
    return this.page.getByRole('combobox', { name: new RegExp(`^(${labels.join('|')})$`) });
  }

  async choose(language: Language): Promise<void> {
    await this.menu().selectOption({ label: AUTONYMS[language] });
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  /** Goes to a screen by its address (the same in every language). */
  async go(hash: string): Promise<void> {
    await this.page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
  }

  /**
   * The interface text on the screen now: visible text nodes, the options of visible menus, and
   * visible placeholders and accessible labels. What members wrote in the editor is left out, and
   * so is the language menu, whose options are each language's own name.
   */
  visibleInterfaceText(): Promise<string[]> {
    return this.page.evaluate(() => {
      const texts: string[] = [];
      // Text marked as being in another language (an option naming a language in itself, a
      // document's own text) is, by its own declaration, not the interface's.
      const interfaceLanguage = document.documentElement.lang;
      const excluded = (element: Element) =>
        element.closest('.language-menu, [contenteditable="true"], script, style, noscript') !== null || (element.closest('[lang]')?.getAttribute('lang') ?? interfaceLanguage) !== interfaceLanguage;
      const visible = (element: Element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!parent || text === '' || excluded(parent)) continue;
        if (parent instanceof HTMLOptionElement ? visible(parent.closest('select') ?? parent) : visible(parent)) texts.push(text);
      }
      for (const element of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
        if (excluded(element) || !visible(element)) continue;
        for (const name of ['placeholder', 'aria-label', 'title']) {
          const value = element.getAttribute(name)?.trim();
          if (value) texts.push(value);
        }
      }
      return texts;
    });
  }
}
