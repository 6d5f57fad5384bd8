import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { TranslationsPage } from './support/translations-page';

declare global {
  interface Window {
    __firstPaintLang?: string | null;
  }
}

/** The `lang` the cold-start picture of the document carried, recorded before the app's first script. */
function recordFirstPaintLanguage() {
  window.__firstPaintLang = null;
  const observer = new MutationObserver(() => {
    const picture = document.getElementById('document-body-first-paint');
    if (!picture) return;
    window.__firstPaintLang = picture.getAttribute('lang');
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

const CHARTER = 'Charter of the Coalition on Open Maps';

test('a charter in English gets a French translation aligned clause by clause; a changed English clause flags exactly its row', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  const translations = new TranslationsPage(profile.page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await desk.createWorkspace('Coalition on Open Maps');
  await desk.openTab('Documents');
  // The language is asked when the document is made; the UI language (English) is offered first.
  await expect(desk.page.getByRole('form', { name: 'New document' }).getByLabel('Language of the text')).toHaveValue('en');
  await desk.createDocument('Charter', CHARTER);
  await expect(desk.editorBody()).toHaveAttribute('lang', 'en');
  await expect(desk.page.getByRole('region', { name: 'Translations' })).toContainText('No translations yet.');

  await translations.addTranslation('Français');
  await expect(desk.page.getByLabel('Title', { exact: true })).toHaveValue(`${CHARTER} (French)`);
  await expect(translations.banner()).toHaveText(/^The English text is authoritative\./);
  await expect(desk.editorBody()).toHaveAttribute('lang', 'fr');
  await expect(desk.editorBody()).toHaveAttribute('dir', 'ltr');
  await expect(desk.page.getByLabel('Language of the text')).toHaveValue('fr');
  await expect(translations.row(1)).toContainText('Not translated yet');
  await expect(translations.row(3)).toContainText('What the coalition exists to achieve');

  await translations.translateClause(1, 'Charte');
  await translations.translateClause(3, 'Ce que la coalition cherche à accomplir, et les questions sur lesquelles elle travaille.');
  // The translated clauses are the translation's own text, in the source's order.
  await expect(desk.editorBody().getByRole('heading', { level: 1, name: 'Charte' })).toBeVisible();
  await expect(desk.editorBody()).toContainText('Ce que la coalition cherche à accomplir');
  await expect(translations.flaggedRows()).toHaveCount(0);
  await expectAccessible(desk.page, 'translation, clause by clause');

  // A row opens the translation's own editor at its clause.
  await translations.row(3).getByRole('button', { name: 'Show clause 3 in the translation' }).click();
  await expect(desk.editorBody()).toBeFocused();
  await expect.poll(() => desk.caretText()).toContain('Ce que la coalition cherche');

  // Rows are reached with the arrow keys, to the same action in the next row.
  await translations.row(1).getByRole('button', { name: 'Edit the translation of clause 1' }).focus();
  await desk.page.keyboard.press('ArrowDown');
  await expect(desk.page.getByRole('button', { name: 'Translate clause 2', exact: true })).toBeFocused();

  // The English text changes in one clause.
  await translations.banner().getByRole('link', { name: 'Open the English text' }).click();
  await expect(desk.page.getByLabel('Title', { exact: true })).toHaveValue(CHARTER);
  await desk.editorBody().getByText('What the coalition exists to achieve').click();
  await desk.page.keyboard.press('End');
  await desk.page.keyboard.type(' It meets twice a year.');
  await expect(desk.editorBody()).toContainText('works on. It meets twice a year.');
  await desk.page.getByRole('region', { name: 'Translations' }).getByRole('link', { name: `French: ${CHARTER} (French)` }).click();

  await expect(translations.flaggedRows()).toHaveCount(1);
  await expect(translations.row(3)).toContainText('The authoritative text changed after this translation');
  await expect(translations.row(3)).toContainText('It meets twice a year.');
  await expect(translations.row(1)).toContainText('Up to date');

  // Revised, then marked up to date: the flag goes.
  await translations.row(3).getByRole('button', { name: 'Edit the translation of clause 3' }).click();
  await desk.page.getByLabel('Translation of clause 3', { exact: true }).fill('Ce que la coalition cherche à accomplir, et les questions sur lesquelles elle travaille. Elle se réunit deux fois par an.');
  await translations.row(3).getByRole('button', { name: 'Save' }).click();
  await expect(translations.row(3)).toContainText('deux fois par an');
  await expect(translations.flaggedRows()).toHaveCount(1);
  await translations.row(3).getByRole('button', { name: 'Mark clause 3 as up to date' }).click();
  await expect(translations.flaggedRows()).toHaveCount(0);
  await expect(translations.row(3)).toContainText('Up to date');
  await desk.waitUntilSaved();

  // Everything is kept in IndexedDB, and the cold-start picture carries the language too.
  await expect
    .poll(() => desk.page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('coalition-desk:rendering:') && (localStorage.getItem(key) ?? '').includes('deux fois par an'))))
    .toBe(true);
  await desk.page.addInitScript(recordFirstPaintLanguage);
  await desk.page.reload();
  await expect(translations.banner()).toHaveText(/^The English text is authoritative\./);
  await expect(desk.editorBody()).toHaveAttribute('lang', 'fr');
  expect(await desk.page.evaluate(() => window.__firstPaintLang)).toBe('fr');
  await expect(translations.row(1)).toContainText('Charte');
  await expect(translations.row(3)).toContainText('deux fois par an');
  await expect(translations.row(3)).toContainText('Up to date');
  await expect(translations.flaggedRows()).toHaveCount(0);
  await expect(translations.row(2)).toContainText('Not translated yet');

  // The HTML export of the translation is marked as French.
  const downloading = desk.page.waitForEvent('download');
  await desk.page.getByRole('button', { name: 'Export as HTML (with the annex)' }).click();
  const html = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  expect(html).toContain('<html lang="fr" dir="ltr">');
  expect(html).toContain('<h2>Charte</h2>');

  // The coalition makes the French text authoritative: the English one says so, and the French one that it is.
  await desk.page.getByRole('link', { name: `Translated from the English text “${CHARTER}”.` }).click();
  await desk.page.getByLabel('Authoritative text').selectOption({ label: `French: ${CHARTER} (French)` });
  await expect(translations.banner()).toHaveText(/^The French text is authoritative\./);
  await desk.page.getByRole('region', { name: 'Translations' }).getByRole('link', { name: `French: ${CHARTER} (French)` }).click();
  await expect(translations.banner()).toHaveText(/^This French text is authoritative/);

  // The language is changed on the document screen; a right-to-left language turns the text's direction.
  const language = desk.page.getByLabel('Language of the text');
  await language.selectOption('ar');
  await expect(desk.editorBody()).toHaveAttribute('lang', 'ar');
  await expect(desk.editorBody()).toHaveAttribute('dir', 'rtl');
  // Any well-formed tag, not only those offered; a malformed one is refused and changes nothing.
  await language.selectOption({ label: 'Other language…' });
  const tag = desk.page.getByLabel('Language tag');
  await tag.fill('fr_CA');
  await tag.press('Enter');
  await expect(tag).toHaveAttribute('aria-invalid', 'true');
  await expect(desk.page.getByText('Enter a language tag such as fr, pt-BR or zh-Hant.')).toBeVisible();
  await expect(desk.editorBody()).toHaveAttribute('lang', 'ar');
  await tag.fill('fr-ca');
  await tag.press('Enter');
  await expect(desk.editorBody()).toHaveAttribute('lang', 'fr-CA');
  await expect(desk.editorBody()).toHaveAttribute('dir', 'ltr');
});
