import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

test('a corrupt stored workspace does not stop the app, and its raw data can be exported', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Tomas Oyelaran', organisation: 'Harbour Institute', group: 'Academia', region: 'Nigeria' });
  await desk.createWorkspace('Coalition on Open Maps');
  await desk.page.getByRole('link', { name: 'Workspaces' }).click();
  await desk.createWorkspace('Coalition on Safe Harbours');
  await desk.page.getByRole('link', { name: 'Workspaces' }).click();

  // Damage the stored data the way a failing disk or a buggy old version might: a log row that is
  // not a Yjs update, and a registry row that no longer matches the schema.
  await desk.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coalition-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const done = (tx: IDBTransaction) => new Promise((resolve) => (tx.oncomplete = resolve));
    const rows = await new Promise<Array<{ id: string; name: string }>>((resolve) => {
      const request = db.transaction('workspaces').objectStore('workspaces').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const harbours = rows.find((row) => row.name === 'Coalition on Safe Harbours');
    const tx = db.transaction(['updates', 'workspaces'], 'readwrite');
    tx.objectStore('updates').add({ workspaceId: harbours?.id, update: new Uint8Array([0, 1, 2, 250, 9, 9]) });
    tx.objectStore('workspaces').put({ id: 'legacy-row', name: 'Old coalition notes', createdAt: 'last spring', archived: 'no' });
    await done(tx);
    db.close();
  });
  await desk.page.reload();

  await expect(desk.page.getByRole('heading', { name: 'Damaged workspaces' })).toBeVisible();
  await expect(desk.page.getByText('Old coalition notes')).toBeVisible();
  await expectAccessible(desk.page, 'workspace list with damaged entries');

  await desk.page.getByRole('link', { name: 'Coalition on Safe Harbours' }).click();
  await expect(desk.page.getByRole('heading', { name: 'This workspace is damaged' })).toBeVisible();
  await expectAccessible(desk.page, 'damaged workspace');
  const downloading = desk.page.waitForEvent('download');
  await desk.page.getByRole('button', { name: 'Export raw data' }).click();
  const download = await downloading;
  const raw = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { format: string; registryRow: { name: string }; updates: unknown[] };
  expect(raw.format).toBe('coalition-desk/raw-workspace');
  expect(raw.registryRow.name).toBe('Coalition on Safe Harbours');
  expect(raw.updates.length).toBeGreaterThanOrEqual(2);

  await desk.page.getByRole('link', { name: 'Back to workspaces' }).click();
  await desk.page.getByRole('link', { name: 'Coalition on Open Maps' }).click();
  await desk.openTab('Members');
  await expect(desk.page.getByRole('rowheader', { name: 'Tomas Oyelaran' })).toBeVisible();
});

test('without IndexedDB the app says what happened instead of failing silently', async ({ profile }) => {
  await profile.page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  const desk = new DeskPage(profile.page);
  await desk.open();
  await expect(desk.page.getByRole('heading', { name: "This device's storage is not available" })).toBeVisible();
  await expect(desk.page.getByRole('alert')).toContainText('Nothing has been written or lost');
  await expectAccessible(desk.page, 'storage unavailable');
});
