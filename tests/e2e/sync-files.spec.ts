import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { decodeInvite } from '../../shared/sync/invite';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import { bundleOf, encodeSyncFile } from '../../shared/sync/sync-bundle';
import { MAX_SYNC_FILE_BYTES } from '../../shared/sync/sync-file-header';
import { deriveWorkspaceKey } from '../../shared/sync/workspace-key';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { SyncFilesPage } from './support/sync-files-page';

const TITLE = 'Charter of the Coalition on Open Maps';
let scratch: string;
test.beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sync-files-'));
});
test.afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, bytes: Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

/** A well-formed sync file made outside the app, for a workspace and secret of the test's choosing. */
async function craftedFile(workspaceId: string, secret: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  doc.getMap('intruder').set('note', 'should never arrive');
  const key = await deriveWorkspaceKey(secret, workspaceId, 'sync-file');
  return encodeSyncFile(key, workspaceId, bundleOf(doc, { maker: { memberId: 'm-x', name: 'Someone Else' }, createdAt: new Date().toISOString() }));
}

test('members who are never online together sync by file, in any order, and bad files change nothing', async ({ openPeer }) => {
  test.setTimeout(120_000);
  // No signaling server anywhere (each removes the one the app was served with): the only path between the two is the file.
  const amara = new SyncFilesPage((await openPeer()).page);
  await amara.desk.startBlankDocument({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' }, 'Coalition on Open Maps', TITLE);
  await amara.appendToDocument('Amendments need four weeks of notice.');
  await amara.leaveDocument();
  await amara.desk.setSignalingServers([]);
  const code = await amara.desk.inviteCode();

  const ko = new SyncFilesPage((await openPeer()).page);
  await ko.desk.open();
  await ko.desk.completeOnboarding({ name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' });
  await ko.desk.joinWith(code);
  await ko.desk.setSignalingServers([]);
  await expect(ko.desk.syncStatus()).toContainText('Not syncing');

  // Amara → Ko: everything.
  const first = await amara.save();
  await ko.load(first, 'keyboard');
  await expect(ko.arrived()).toContainText(/\d+ changes from Amara Velde, made up to /);
  await expect(ko.page.getByRole('heading', { level: 1, name: 'Coalition on Open Maps' })).toBeVisible();
  await ko.openDocument(TITLE);
  await expect(ko.desk.editorBody()).toContainText('Amendments need four weeks of notice.');

  // Ko → Amara: only what Amara lacks, known from her file.
  await ko.appendToDocument(' Open data for every region.');
  await ko.leaveDocument();
  await ko.openSharing();
  const fromKo = await ko.save(/^Only what Amara Velde lacks \(as of their file of /);
  await amara.load(fromKo);
  await expect(amara.arrived()).toContainText(/changes from Ko Imani/);
  await amara.openDocument(TITLE);
  await expect(amara.desk.editorBody()).toContainText('Open data for every region.');

  // Loading the same file again (dropped on the tab this time) adds nothing and says so.
  await amara.leaveDocument();
  await amara.drop(fromKo);
  await expect(amara.arrived()).toContainText('Nothing new from Ko Imani');

  // Two files from Amara, loaded newest first, then the older one again: the same text either way.
  await amara.openDocument(TITLE);
  await amara.appendToDocument(' Maps are published under an open licence.');
  await amara.leaveDocument();
  const older = await amara.save(/^Only what Ko Imani lacks/);
  await amara.openDocument(TITLE);
  await amara.appendToDocument(' Members review them every year.');
  await amara.leaveDocument();
  const newer = await amara.save();
  await ko.load(newer);
  await expect(ko.arrived()).toContainText(/changes from Amara Velde/);
  await ko.load(older);
  await expect(ko.arrived()).toContainText('Nothing new from Amara Velde');
  const amaraText = await amara.documentText(TITLE);
  expect(await ko.documentText(TITLE)).toBe(amaraText);
  expect(amaraText).toContain('Members review them every year.');

  // Bad files: each gets its own message, and the workspace stays as it was.
  const workspaceId = (() => {
    const decoded = decodeInvite(code);
    if (!decoded.ok) throw new Error('invite did not decode');
    return decoded.invite.workspaceId;
  })();
  const good = readFileSync(newer);
  const flipped = Uint8Array.from(good);
  flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 0x10;
  const future = Uint8Array.from(good);
  future[8] = 2;
  const oversized = join(scratch, 'huge.coalition');
  writeFileSync(oversized, good.subarray(0, 8));
  truncateSync(oversized, MAX_SYNC_FILE_BYTES + 1);
  const cases: Array<[string, string, RegExp]> = [
    ['notes.coalition', writeScratch('notes.coalition', new TextEncoder().encode('# Minutes\n\nNot a sync file.')), /is not a Coalition desk sync file/],
    ['half.coalition', writeScratch('half.coalition', good.subarray(0, Math.floor(good.length / 2))), /is incomplete/],
    ['flipped.coalition', writeScratch('flipped.coalition', flipped), /is damaged/],
    ['future.coalition', writeScratch('future.coalition', future), /made by a newer version/],
    ['elsewhere.coalition', writeScratch('elsewhere.coalition', await craftedFile('ws-never-joined', newWorkspaceSecret())), /belongs to a workspace you have not joined: ask for an invite/],
    ['rotated.coalition', writeScratch('rotated.coalition', await craftedFile(workspaceId, newWorkspaceSecret())), /sealed with another secret/],
    ['huge.coalition', oversized, /is larger than 64 MB/],
  ];
  for (const [name, path, message] of cases) {
    await ko.load(path);
    await expect(ko.refusal()).toContainText(name);
    await expect(ko.refusal()).toContainText(message);
    await expect(ko.refusal()).toContainText('Nothing was changed.');
  }
  await expectAccessible(ko.page, 'sharing tab with sync-file results');
  expect(await ko.documentText(TITLE)).toBe(amaraText);
});
