import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { DeskPage } from './desk-page';

/** The "Sync by file" section of the Sharing tab, as a member uses it: by role and label. */
export class SyncFilesPage {
  readonly desk: DeskPage;

  constructor(readonly page: Page) {
    this.desk = new DeskPage(page);
  }

  section(): Locator {
    return this.page.getByRole('region', { name: 'Sync by file' });
  }

  async openSharing(): Promise<void> {
    await this.desk.openTab('Sharing');
    await expect(this.section()).toBeVisible();
  }

  /** Saves with the chosen scope (default everything) and returns where the real download landed. */
  async save(scope: RegExp | 'Everything in this workspace' = 'Everything in this workspace'): Promise<string> {
    await this.openSharing();
    await this.section().getByRole('radio', { name: scope }).check();
    const downloading = this.page.waitForEvent('download');
    await this.section().getByRole('button', { name: 'Save changes to a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.coalition$/);
    const path = await download.path();
    await expect(this.section().getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
    return path;
  }

  /** Picks a file in the chooser the "Load changes from a file" button opens, by mouse or keyboard. */
  async load(file: string, how: 'click' | 'keyboard' = 'click'): Promise<void> {
    await this.openSharing();
    const choosing = this.page.waitForEvent('filechooser');
    const button = this.section().getByRole('button', { name: 'Load changes from a file' });
    if (how === 'keyboard') {
      await button.focus();
      await this.page.keyboard.press('Enter');
    } else await button.click();
    await (await choosing).setFiles(file);
  }

  /** Drops a file on the Sharing tab as a whole (not on the sync-files section), as from a file manager. */
  async drop(file: string): Promise<void> {
    await this.openSharing();
    const bytes = [...readFileSync(file)];
    const dataTransfer = await this.page.evaluateHandle(({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    }, { bytes, name: basename(file) });
    const tab = this.page.getByRole('region', { name: 'Sharing and sync' });
    await tab.dispatchEvent('dragover', { dataTransfer });
    await tab.dispatchEvent('drop', { dataTransfer });
  }

  /** The announcement about the last file loaded: what arrived, or (as an alert) why nothing did. */
  arrived(): Locator {
    return this.section().locator('.sync-file-results').getByRole('status');
  }

  refusal(): Locator {
    return this.section().locator('.sync-file-results').getByRole('alert');
  }

  async openDocument(title: string): Promise<void> {
    await this.desk.openTab('Documents');
    await this.page.getByRole('link', { name: title }).click();
    await expect(this.desk.editorBody()).toBeVisible();
  }

  async leaveDocument(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to documents' }).click();
  }

  /** The document's text as rendered, read from its screen, then back to the workspace. */
  async documentText(title: string): Promise<string> {
    await this.openDocument(title);
    const html = await this.desk.bodyHtmlWithoutCarets();
    await this.leaveDocument();
    return html;
  }

  /** Types at the end of the open document and waits until it is stored. */
  async appendToDocument(text: string): Promise<void> {
    await this.desk.editorBody().click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
    await expect(this.desk.editorBody()).toContainText(text);
    await this.desk.waitUntilSaved();
  }
}
