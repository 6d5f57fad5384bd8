import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { MeetingsPage } from './support/meetings-page';
import { ProposalsPage } from './support/proposals-page';
import { SearchPage } from './support/search-page';

test('Ctrl+K finds a word in a document, a decision and minutes, and Enter opens the exact place, by keyboard alone', async ({ profile }) => {
  test.setTimeout(120_000);
  const page = profile.page;
  const desk = new DeskPage(page);
  const search = new SearchPage(page);
  await desk.startBlankDocument({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' }, 'Coalition on Open Maps', 'Charter of open maps');
  await page.keyboard.type('Purpose of the coalition');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Members keep the estuary archive open to everyone.');
  await desk.waitUntilSaved();
  await page.getByRole('link', { name: 'Back to documents' }).click();

  const proposals = new ProposalsPage(page);
  await proposals.openTab();
  await proposals.createProposal({ title: 'Public map archive', text: 'The archive of maps stays public.' });
  await proposals.takePosition('Support');
  await proposals.recordDecision({ outcome: 'Adopted', level: 'Full consensus', summary: 'The lighthouse maps are published under an open licence.' });

  const meetings = new MeetingsPage(page);
  await meetings.openTab();
  const plan = meetings.planForm();
  await plan.getByLabel('Title').fill('Mapping data working call');
  await plan.getByLabel('Date and start time').fill('2026-03-10T14:00');
  await plan.getByLabel('Duration in minutes').fill('60');
  await plan.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Mapping data working call' })).toBeVisible();
  await meetings.addAgendaItem('Shoreline survey', 20);
  await meetings.addKeyPoint(meetings.itemMinutes(1, 'Shoreline survey'), 'Volunteers walked the seagrass meadows twice.');

  // A document: prefix matching ("estu") finds the passage; Enter selects the word in the editor.
  await search.openWithShortcut();
  await expectAccessible(page, 'search dialog, empty');
  const passage = await search.find('estu', 'Documents', 'Charter of open maps');
  await expect(search.marked(passage)).toHaveText(['estuary']);
  await expectAccessible(page, 'search dialog with results');
  await search.arrowTo(passage);
  await page.keyboard.press('Enter');
  await expect(search.dialog()).toBeHidden();
  await expect(desk.editorBody()).toBeFocused();
  await expect.poll(() => search.selectedText()).toBe('estuary');

  // A decision, with a typo: fuzzy matching still finds it; it opens on the proposal, the record focused.
  await search.openWithShortcut();
  const decision = await search.find('lighthose', 'Decisions', 'Public map archive');
  await expect(search.marked(decision)).toHaveText(['lighthouse']);
  await search.arrowTo(decision);
  await page.keyboard.press('Enter');
  await expect(proposals.proposalHeading('Public map archive')).toBeVisible();
  await expect(page.locator('.decision-record').filter({ hasText: 'The lighthouse maps are published' })).toBeFocused();

  // Minutes: a key point; the meeting opens with that item's minutes focused.
  await search.openWithShortcut();
  const minutes = await search.find('seagrass', 'Minutes', 'Shoreline survey');
  await search.arrowTo(minutes);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Mapping data working call' })).toBeVisible();
  await expect(meetings.itemMinutes(1, 'Shoreline survey')).toBeFocused();

  // Escape closes the dialog and gives focus back; nothing found says so.
  await search.openWithShortcut();
  await page.keyboard.type('zzzqqq');
  await expect(search.dialog().getByRole('status')).toHaveText('Nothing found for “zzzqqq”.');
  await page.keyboard.press('Escape');
  await expect(search.dialog()).toBeHidden();
});

test('a cold start answers from the stored index, a damaged one is rebuilt quietly, and the workspace list searches every workspace', async ({ profile }) => {
  test.setTimeout(120_000);
  let page = profile.page;
  const desk = new DeskPage(page);
  await desk.startBlankDocument({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' }, 'Coalition on Open Maps', 'Charter of open maps');
  await page.keyboard.type('The cartographers meet in Valparaíso.');
  await desk.waitUntilSaved();
  let search = new SearchPage(page);
  await search.openWithShortcut();
  await search.find('valparaiso', 'Documents', 'Charter of open maps');
  await page.keyboard.press('Escape');
  // Leaving the workspace saves its index.
  await page.getByRole('link', { name: 'Workspaces' }).click();
  await expect(page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();
  const stored = () => page.evaluate(() => new Promise<string | undefined>((resolve, reject) => {
    const open = indexedDB.open('coalition-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('searchIndexes').objectStore('searchIndexes').getAll();
      get.onsuccess = () => resolve((get.result as { data?: string }[])[0]?.data);
      get.onerror = () => reject(get.error);
    };
  }));
  await expect.poll(async () => (await stored())?.includes('coalition-desk-search')).toBe(true);

  // From the list: every local workspace, from its stored index.
  search = new SearchPage(page);
  await search.openWithShortcut();
  const hit = await search.find('cartographers', 'Documents', 'Coalition on Open Maps');
  await search.arrowTo(hit);
  await page.keyboard.press('Enter');
  await expect(desk.editorBody()).toBeFocused();
  await expect.poll(() => search.selectedText()).toBe('cartographers');

  // Damage the stored index, restart: the workspace still answers, with a quiet note.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('coalition-desk');
    open.onsuccess = () => {
      const store = open.result.transaction('searchIndexes', 'readwrite').objectStore('searchIndexes');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const row of all.result as { workspaceId: string }[]) store.put({ ...row, data: '{"format":"coalition-desk-search","version":1,"index":' });
        store.transaction.oncomplete = () => resolve();
      };
    };
    open.onerror = () => reject(open.error);
  }));
  page = await profile.restart();
  await page.goto('./');
  await page.getByRole('link', { name: 'Coalition on Open Maps' }).click();
  search = new SearchPage(page);
  await expect(page.locator('.sync-status')).toBeVisible();
  await search.openWithShortcut();
  await expect(search.dialog().getByRole('status')).toHaveText(/The search index was rebuilt|Preparing search/);
  await search.find('cartog', 'Documents', 'Charter of open maps');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
