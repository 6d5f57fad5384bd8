import type { Page } from '@playwright/test';

/** The editor, as DeskPage.editorBody finds it, for code that runs inside the page. */
const EDITOR = '[role="textbox"][aria-label^="Text of "]';

/**
 * Pastes about `bytes` of plain text (paragraphs of ~1 KB with no list markers, the last ending with `marker`) into the
 * focused editor through a real paste event, as the system clipboard would deliver it. The text is
 * made inside the page: sending megabytes over the test's connection to the browser would be slow.
 */
export async function pastePlainText(page: Page, bytes: number, marker: string): Promise<void> {
  await page.evaluate(
    ({ bytes, marker, selector }) => {
      const sentence = 'Evidence gathered by the coalition on open maps, region by region, with sources. ';
      const paragraph = sentence.repeat(Math.ceil(1000 / sentence.length));
      const count = Math.max(1, Math.round(bytes / (paragraph.length + 1)));
      const text = `${Array.from({ length: count }, (_, i) => `Paragraph ${i + 1}: ${paragraph}`).join('\n')}${marker}`;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const editor = document.querySelector(selector);
      if (!editor) throw new Error('no editor on the page');
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { bytes, marker, selector: EDITOR },
  );
}

/** Co-authors' caret widgets (name labels) are in the editor's DOM but not in the document. */
const CARET = '.ProseMirror-yjs-cursor';

/** Length and a hash of the editor's text without carets: compares replicas without sending megabytes out of the page. */
export function editorFingerprint(page: Page): Promise<string> {
  return page.evaluate(
    ({ selector, caret }) => {
      const editor = document.querySelector(selector);
      if (!editor) return 'no editor';
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let length = 0;
      let hash = 0x811c9dc5;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(caret)) continue;
        const text = node.textContent ?? '';
        length += text.length;
        for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
      }
      return `${length}:${hash.toString(16)}`;
    },
    { selector: EDITOR, caret: CARET },
  );
}

/** Resolves once the editor's text, carets aside, ends with `ending` (bounded by `timeout`); returns the milliseconds waited. */
export async function waitForEditorEnding(page: Page, ending: string, timeout: number): Promise<number> {
  const started = Date.now();
  await page.waitForFunction(
    ({ selector, caret, ending }) => {
      const editor = document.querySelector(selector);
      if (!editor) return false;
      // From the last text node backwards, only as far as the ending reaches: the text may be megabytes.
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let tail = '';
      walker.currentNode = editor;
      let node: Node | null = editor.lastChild;
      while (node?.lastChild) node = node.lastChild;
      if (node) walker.currentNode = node;
      for (let at: Node | null = node?.nodeType === Node.TEXT_NODE ? node : walker.previousNode(); at && tail.length < ending.length; at = walker.previousNode()) {
        if (!at.parentElement?.closest(caret)) tail = (at.textContent ?? '') + tail;
      }
      return tail.endsWith(ending);
    },
    { selector: EDITOR, caret: CARET, ending },
    { polling: 200, timeout },
  );
  return Date.now() - started;
}
