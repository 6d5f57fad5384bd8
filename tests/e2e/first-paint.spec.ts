import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

type Seen = { text: string; html: string; rootHidden: boolean } | null;

declare global {
  interface Window {
    __firstPaintSeen?: Seen;
    __firstPaintGone?: boolean;
    __pwned?: boolean;
  }
}

/** Records what the cold-start picture showed and that it handed over, from before the app's first script. */
function recordFirstPaint() {
  window.__firstPaintSeen = null;
  window.__firstPaintGone = false;
  const observer = new MutationObserver(() => {
    const picture = document.getElementById('document-body-first-paint');
    if (picture && !window.__firstPaintSeen) {
      const root = document.getElementById('root');
      window.__firstPaintSeen = { text: picture.textContent ?? '', html: picture.innerHTML, rootHidden: root ? getComputedStyle(root).display === 'none' : false };
    }
    if (window.__firstPaintSeen && !picture) {
      window.__firstPaintGone = true;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const HOSTILE = 'Budget <img src=x onerror="window.__pwned=true"> & more';

test('a cold start on a document paints its last rendering at once, then hands over to the live editor', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  await desk.startBlankDocument({ name: 'Tomas Ferreira-Lund', organisation: 'Harbour Data Group', group: 'Private sector', region: 'Portugal' }, 'Coalition on Open Ports', 'Working notes');
  await desk.page.keyboard.type('## Agreed scope');
  await desk.page.keyboard.press('Enter');
  await desk.page.keyboard.type(HOSTILE);
  await desk.waitUntilSaved();
  // The rendering is kept every couple of seconds while the document is open.
  await expect
    .poll(() => desk.page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('coalition-desk:rendering:') && (localStorage.getItem(key) ?? '').includes('Agreed scope'))))
    .toBe(true);

  await desk.page.addInitScript(recordFirstPaint);
  await desk.page.reload();
  await expect(desk.editorBody().getByRole('heading', { level: 2, name: 'Agreed scope' })).toBeVisible();
  await expect(desk.editorBody()).toContainText(HOSTILE);
  const seen = await desk.page.evaluate(() => ({ seen: window.__firstPaintSeen, gone: window.__firstPaintGone, pwned: window.__pwned ?? false }));
  expect(seen.seen?.text).toBe(`Agreed scope${HOSTILE}`);
  expect(seen.seen?.html).toContain('<h2>Agreed scope</h2>');
  // Peer-written text is text: the markup in it was never parsed, so nothing ran.
  expect(seen.seen?.html).not.toContain('<img');
  expect(seen.pwned).toBe(false);
  expect(seen.seen?.rootHidden).toBe(true);
  expect(seen.gone).toBe(true);
  await expect(desk.page.locator('body')).not.toHaveClass(/first-paint-showing/);
  // The live editor took over: typing goes into the document.
  await desk.editorBody().focus();
  await desk.page.keyboard.press('Control+End');
  await desk.page.keyboard.type(' Agreed.');
  await expect(desk.editorBody()).toContainText('& more Agreed.');
  // Undo is Yjs's: it takes back this user's last typing, and redo brings it back.
  await desk.page.keyboard.press('Control+z');
  await expect(desk.editorBody()).not.toContainText('Agreed.');
  await expect(desk.editorBody()).toContainText('& more');
  await desk.page.keyboard.press('Control+Shift+z');
  await expect(desk.editorBody()).toContainText('& more Agreed.');
  await desk.waitUntilSaved();

  // A damaged cache entry is ignored: no picture, and the document opens as usual.
  // (Damaged before the app's first script: the open page would save a good one on leaving.)
  await desk.page.addInitScript(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('coalition-desk:rendering:') && !key.endsWith(':index')) localStorage.setItem(key, '{"title": 5, "blocks":');
  });
  await desk.page.reload();
  await expect(desk.editorBody()).toContainText('& more Agreed.');
  expect(await desk.page.evaluate(() => window.__firstPaintSeen)).toBeNull();
});
