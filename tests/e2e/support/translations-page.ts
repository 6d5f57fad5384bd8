import { expect, type Page } from '@playwright/test';

/** A document's translations as a user reaches them: by label and role. */
export class TranslationsPage {
  constructor(readonly page: Page) {}

  async addTranslation(languageLabel: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a translation' });
    await form.getByLabel('Translate into').selectOption({ label: languageLabel });
    await form.getByRole('button', { name: 'Add the translation' }).click();
  }

  banner() {
    return this.page.getByRole('note').filter({ hasText: /text is authoritative/ });
  }

  alignedTable() {
    return this.page.getByRole('region', { name: 'Clause by clause' }).getByRole('table');
  }

  /** Row `number` of the aligned view (1 is the first clause). */
  row(number: number) {
    return this.alignedTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: String(number), exact: true }) });
  }

  flaggedRows() {
    return this.alignedTable().getByRole('row').filter({ hasText: 'The authoritative text changed after this translation' });
  }

  async translateClause(number: number, text: string): Promise<void> {
    await this.page.getByRole('button', { name: `Translate clause ${number}`, exact: true }).click();
    const field = this.page.getByLabel(`Translation of clause ${number}`, { exact: true });
    await expect(field).toBeFocused();
    await field.fill(text);
    await this.row(number).getByRole('button', { name: 'Save' }).click();
    await expect(this.row(number)).toContainText(text);
    await expect(this.row(number)).toContainText('Up to date');
  }
}
