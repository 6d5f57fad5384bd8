import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DissentDoc } from '../../../shared/dissent/dissent-doc';
import { MemberKeysDoc } from '../../../shared/integrity/member-keys';
import { removalFlagId } from '../../../shared/integrity/removal-flag';
import type { SignedEntry } from '../../../shared/integrity/signed-entry';
import { tamperReportEntry } from '../../../shared/integrity/tamper-report';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { WorkspaceIntegrity } from '../../../renderer/integrity/workspace-integrity';
import { Keyring, WORKSPACE } from './signing-fixtures';

const keyring = new Keyring();
const noticedAt = new Date('2026-12-02T08:00:00.000Z');
let db: DeskDatabase;
let dissent: SignedEntry;

beforeEach(async () => {
  db = openDatabase(`local-evidence-${Math.random()}`);
  if (!keyring.keyOf('amara')) await keyring.addAll(['amara', 'ko', 'boris']);
  dissent = await keyring.sign({
    v: 1,
    id: 'd1',
    kind: 'dissent',
    workspaceId: WORKSPACE,
    subjectId: 'doc1',
    authorId: 'amara',
    at: '2026-12-01T10:00:00.000Z',
    content: { viewKind: 'dissenting', target: { kind: 'document', documentId: 'doc1' }, title: '', text: 'We object to section 3.' },
  });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Ko's app on a doc holding Amara's view, with everyone's keys published. */
function koApp(): { ydoc: Y.Doc; app: () => WorkspaceIntegrity } {
  const ydoc = new Y.Doc();
  const keys = new MemberKeysDoc(ydoc);
  for (const id of ['amara', 'ko', 'boris']) keys.put({ memberId: id, publicKey: keyring.keyOf(id) ?? '', registeredAt: '2026-12-01T09:00:00.000Z' });
  expect(new DissentDoc(ydoc).append(dissent)).toBe(true);
  // A fresh instance each time stands for a reload: only the database carries over.
  const app = () => new WorkspaceIntegrity(db, WORKSPACE, ydoc, { privateKey: keyring.privateKey('ko'), publicKey: keyring.keyOf('ko') ?? '' });
  return { ydoc, app };
}

describe('evidence each app derives from its own archive', () => {
  it('keeps a removal flag locally: deleting anything shared does not erase it, and it survives a reload', async () => {
    const { ydoc, app } = koApp();
    await app().check('ko', noticedAt);
    ydoc.getMap('dissents').delete('d1');

    const first = await app().check('ko', noticedAt);
    expect(ydoc.getMap('dissents').has('d1')).toBe(true);
    expect(first.flags.map((flag) => [flag.entryId, flag.reason, flag.authorId, flag.detectedBy, flag.detectedAt])).toEqual([
      ['d1', 'removed', 'amara', 'ko', noticedAt.toISOString()],
    ]);
    // Nothing unsigned is written for a peer to delete; Ko's signed report is the only shared trace.
    expect(ydoc.getMap('removalFlags').size).toBe(0);
    const reports = ydoc.getMap('tamperReports');
    expect([...reports.values()].map((value) => (value as SignedEntry).authorId)).toEqual(['ko']);
    const reportId = [...reports.keys()][0];
    // Writing the report is a change, so the app checks again and archives it.
    await app().check('ko', noticedAt);

    // A peer deletes the report and the old-style flag map; the entry itself is back, so a naive check would see nothing.
    ydoc.transact(() => {
      for (const key of [...reports.keys()]) reports.delete(key);
      ydoc.getMap('removalFlags').clear();
    });
    const reloaded = await app().check('ko', new Date('2026-12-03T08:00:00.000Z'));
    expect(reloaded.flags.find((flag) => flag.entryId === 'd1')?.detectedAt).toBe(noticedAt.toISOString());
    // The deleted report was a verified entry in Ko's archive: it is written back, and its removal is noticed too.
    expect(reports.has(reportId ?? '')).toBe(true);
    expect(reloaded.flags.filter((flag) => flag.entryKind === 'tamper-report').map((flag) => [flag.entryId, flag.reason])).toEqual([[reportId, 'removed']]);
    expect(reloaded.reports).toEqual([]);
  });

  it('ignores a forged unsigned flag and a report whose signature does not match: they accuse nobody', async () => {
    const { ydoc, app } = koApp();
    ydoc.getMap('removalFlags').set(removalFlagId('removed', 'd1'), {
      id: removalFlagId('removed', 'd1'),
      entryId: 'd1',
      entryKind: 'dissent',
      subjectId: 'doc1',
      authorId: 'amara',
      reason: 'removed',
      detectedAt: '2026-12-01T12:00:00.000Z',
      detectedBy: 'boris',
    });
    const genuine = await keyring.sign(tamperReportEntry({ id: 'x', entryId: 'd1', entryKind: 'dissent', subjectId: 'doc1', authorId: 'amara', reason: 'removed', detectedAt: '2026-12-01T12:00:00.000Z', detectedBy: 'boris' }, WORKSPACE, 'boris', noticedAt));
    // Claims Boris as reporter but is signed by someone else's key.
    const forged = { ...(await keyring.sign({ ...genuine }, 'ko')), authorId: 'boris' };
    ydoc.getMap('tamperReports').set(forged.id, forged);

    const snapshot = await app().check('ko', noticedAt);
    expect(snapshot.flags).toEqual([]);
    expect(snapshot.reports).toEqual([]);
    expect(snapshot.unverified.map((entry) => [entry.entryId, entry.reason])).toEqual([[forged.id, 'bad-signature']]);
  });

  it("shows another member's signed report as reported by them, not as this device's finding", async () => {
    const { ydoc, app } = koApp();
    const report = await keyring.sign(tamperReportEntry({ id: 'x', entryId: 'd1', entryKind: 'dissent', subjectId: 'doc1', authorId: 'amara', reason: 'altered', detectedAt: '2026-12-01T12:00:00.000Z', detectedBy: 'boris' }, WORKSPACE, 'boris', noticedAt));
    ydoc.getMap('tamperReports').set(report.id, report);

    const snapshot = await app().check('ko', noticedAt);
    expect(snapshot.flags).toEqual([]);
    expect(snapshot.reports).toEqual([
      { reportId: report.id, reporterId: 'boris', reportedAt: noticedAt.toISOString(), entryId: 'd1', entryKind: 'dissent', entrySubjectId: 'doc1', entryAuthorId: 'amara', reason: 'altered' },
    ]);
  });
});
