import { expect, type Locator, type Page } from '@playwright/test';

/** The search dialog as a keyboard user meets it: Ctrl+K, type, arrows, Enter. */
export class SearchPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Search/ });
  }

  box(): Locator {
    return this.dialog().getByRole('combobox', { name: 'Search for words' });
  }

  results(): Locator {
    return this.dialog().getByRole('listbox', { name: 'Results' });
  }

  group(name: string): Locator {
    return this.results().getByRole('group', { name, exact: true });
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.box()).toBeFocused();
  }

  /** Types the query and waits until an option in the group holds `expected`. */
  async find(query: string, group: string, expected: string | RegExp): Promise<Locator> {
    await this.box().fill('');
    await this.page.keyboard.type(query);
    const option = this.group(group).getByRole('option').filter({ hasText: expected }).first();
    await expect(option).toBeVisible();
    return option;
  }

  /** Moves the active option with the arrow keys until it is `option`, checking the combobox points at it. */
  async arrowTo(option: Locator): Promise<void> {
    const id = await option.getAttribute('id');
    for (let step = 0; step < 30 && (await this.box().getAttribute('aria-activedescendant')) !== id; step++) await this.page.keyboard.press('ArrowDown');
    await expect(this.box()).toHaveAttribute('aria-activedescendant', id ?? '');
    await expect(option).toHaveAttribute('aria-selected', 'true');
  }

  /** The words marked in an option's title and snippet. */
  marked(option: Locator): Locator {
    return option.locator('mark');
  }

  /** The text the browser has selected: what a document result selects in the editor. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }
}
