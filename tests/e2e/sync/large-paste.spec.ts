import { expect, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { editorFingerprint, pastePlainText, waitForEditorEnding } from '../support/pasted-text';
import { joinAs, KO, signalingPerTest, type Person } from '../support/sync-setup';

/**
 * A data channel carries about 256 KiB per message; a larger update used to stop sync for good
 * (issue 17, decision 0016). DESK_LARGE_PASTE_BYTES measures other sizes without changing the suite.
 */
const PASTE_BYTES = Number(process.env.DESK_LARGE_PASTE_BYTES ?? 5_000_000);
/** Generous for 2 shared cores; the figures printed show what it really takes. */
const ARRIVAL_MS = Math.max(60_000, PASTE_BYTES / 50);

const signaling = signalingPerTest();

async function join(desk: DeskPage, person: Person, code: string, peers: string): Promise<void> {
  await joinAs(desk, person, code);
  await expect(desk.syncStatus()).toContainText(`Connected to ${peers}`, { timeout: 30_000 });
  await desk.page.getByRole('link', { name: 'Evidence annex' }).click();
}

test(`a ${PASTE_BYTES / 1e6} MB paste reaches every peer and a late joiner, and keystrokes after it still arrive`, async ({ openPeer }) => {
  test.setTimeout(Math.max(240_000, ARRIVAL_MS * 4));
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Blank', 'Evidence annex');

  const ko = new DeskPage((await openPeer()).page);
  await join(ko, KO, code, '1 peer');
  const noor = new DeskPage((await openPeer()).page);
  await join(noor, { name: 'Noor Haddad', organisation: 'Atlas Lab', group: 'Technical community', region: 'Jordan' }, code, '2 peers');
  for (const desk of [amara, ko]) await expect(desk.syncStatus()).toContainText('Connected to 2 peers', { timeout: 30_000 });

  const marker = ' [end of the pasted evidence]';
  await amara.editorBody().click();
  await pastePlainText(amara.page, PASTE_BYTES, marker);
  const arrivals: Record<string, number> = {};
  // Measured from the paste on: every window waits at once, each reports when the end is there.
  await Promise.all(
    ([['Amara (pasting)', amara], ['Ko', ko], ['Noor', noor]] as const).map(async ([who, desk]) => {
      arrivals[who] = await waitForEditorEnding(desk.page, marker, ARRIVAL_MS);
    }),
  );
  const pasted = await editorFingerprint(amara.page);
  expect(Number(pasted.split(':')[0])).toBeGreaterThan(PASTE_BYTES * 0.95);
  for (const desk of [ko, noor]) expect(await editorFingerprint(desk.page)).toBe(pasted);

  // Later keystrokes still arrive, in both directions.
  await amara.page.keyboard.type(' Signed by the steering group.');
  for (const desk of [ko, noor]) arrivals[`keystrokes at ${desk === ko ? 'Ko' : 'Noor'}`] = await waitForEditorEnding(desk.page, 'Signed by the steering group.', 30_000);
  await ko.editorBody().focus();
  await ko.page.keyboard.press('Control+End');
  await ko.page.keyboard.type(' Seen by Ko.');
  arrivals['keystrokes from Ko at Amara'] = await waitForEditorEnding(amara.page, 'Seen by Ko.', 30_000);
  await waitForEditorEnding(noor.page, 'Seen by Ko.', 30_000);

  // A member who joins afterwards receives everything.
  const sami = new DeskPage((await openPeer()).page);
  const joinedAt = Date.now();
  await join(sami, { name: 'Sami Ortega', organisation: 'Mapping Commons', group: 'Civil society', region: 'Chile' }, code, '3 peers');
  await waitForEditorEnding(sami.page, 'Seen by Ko.', ARRIVAL_MS);
  arrivals['late joiner, from opening the app'] = Date.now() - joinedAt;
  const everything = await editorFingerprint(amara.page);
  for (const desk of [ko, noor, sami]) expect(await editorFingerprint(desk.page)).toBe(everything);

  console.log(`large paste of ${PASTE_BYTES} bytes (${everything.split(':')[0]} characters), milliseconds:`, JSON.stringify(arrivals));
});
