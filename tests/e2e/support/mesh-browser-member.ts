import { expect } from '@playwright/test';
import type { DeskPage } from './desk-page';

/** The paragraph that starts a member's own part of the document (see MeshBrowserMember). */
export const laneTitle = (name: string) => `Notes of ${name}:`;

/**
 * A browser member of the mesh test, on top of the page model: writes each marker as a new
 * paragraph after its own last one, in its own lane of the document (laneTitle), leaves and rejoins
 * with "Work offline" / "Sync again", and reads the document as rendered (one line per block,
 * co-authors' carets left out) to compare with what Node members hold in Yjs. Lanes, so that each
 * browser types only where no one else does.
 */
export class MeshBrowserMember {
  online = true;
  private last: string;

  constructor(
    readonly name: string,
    readonly desk: DeskPage,
  ) {
    this.last = laneTitle(name);
  }

  async write(marker: string): Promise<void> {
    const { page } = this.desk;
    await this.desk.editorBody().getByRole('paragraph').filter({ hasText: this.last }).click();
    await page.keyboard.press('End');
    // Once the page scrolls, the paragraph comes to rest where the last click was, and the click
    // counts as a double-click: it selects the text. Enter before the editor has seen End collapse
    // that selection replaces the text (seen: a marker emptied). So wait for a collapsed caret at
    // the end of our paragraph, and for the editor to have had a frame to read it.
    const last = this.last;
    // End again while it has not taken: pressed as the click was still settling, it has been lost.
    await expect
      .poll(async () => {
        const atEnd = await page.evaluate((text) => {
          const selection = window.getSelection();
          const block = selection?.anchorNode?.parentElement?.closest('p') ?? (selection?.anchorNode instanceof HTMLElement ? selection.anchorNode.closest('p') : null);
          return Boolean(selection?.isCollapsed && block?.textContent?.startsWith(text) && selection.anchorOffset === (selection.anchorNode?.textContent ?? '').length);
        }, last);
        if (!atEnd) await page.keyboard.press('End');
        return atEnd;
      })
      .toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await page.keyboard.press('Enter');
    await page.keyboard.type(marker);
    await expect(this.desk.editorBody().getByRole('paragraph').filter({ hasText: marker })).toHaveCount(1);
    this.last = marker;
  }

  async leave(): Promise<void> {
    await this.desk.workOffline();
    this.online = false;
  }

  async rejoin(): Promise<void> {
    await this.desk.page.getByRole('button', { name: 'Sync again' }).click();
    await expect(this.desk.syncStatus()).not.toContainText('Sync paused');
    this.online = true;
  }

  /** Markers not rendered within `ms` (none: all arrived). */
  async missing(markers: readonly string[], ms: number): Promise<string[]> {
    const present = (text: string) => markers.filter((marker) => !text.includes(marker));
    try {
      await this.desk.page.waitForFunction(
        (wanted) => {
          const text = document.querySelector('#document-body')?.textContent ?? '';
          return wanted.every((marker) => text.includes(marker));
        },
        [...markers],
        { timeout: ms, polling: 200 },
      );
      return [];
    } catch {
      return present((await this.lines()).join('\n'));
    }
  }

  /** The document as rendered: one line per paragraph or heading, carets removed. */
  lines(): Promise<string[]> {
    return this.desk.editorBody().evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ProseMirror-yjs-cursor').forEach((caret) => caret.remove());
      return [...copy.querySelectorAll('p, h1, h2, h3, h4, h5, h6')].map((block) => block.textContent ?? '');
    });
  }
}
