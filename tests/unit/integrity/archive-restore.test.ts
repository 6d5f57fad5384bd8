import fc from 'fast-check';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planRestore, recordArrivals, type ArchivedEntry } from '../../../shared/integrity/archive-restore';
import { IntegrityDoc } from '../../../shared/integrity/integrity-doc';
import type { SignedEntry, UnsignedEntry } from '../../../shared/integrity/signed-entry';
import { verifyEntries } from '../../../shared/integrity/verify-entry';
import { DissentDoc } from '../../../shared/dissent/dissent-doc';
import { ConsensusDoc } from '../../../shared/proposals/consensus-doc';
import { Keyring, WORKSPACE } from './signing-fixtures';

const now = new Date('2026-04-02T09:00:00Z');
const keyring = new Keyring();

function entry(id: string, kind: UnsignedEntry['kind'], authorId: string, subjectId: string, content: UnsignedEntry['content'], at = '2026-04-01T10:00:00.000Z'): UnsignedEntry {
  return { v: 1, id, kind, workspaceId: WORKSPACE, subjectId, authorId, at, content };
}

describe('archive restore', () => {
  let dissent: SignedEntry;
  let withdrawn: SignedEntry;
  let withdrawal: SignedEntry;
  let position: SignedEntry;
  let cosign: SignedEntry;
  let verified: Awaited<ReturnType<Keyring['verify']>>;

  beforeAll(async () => {
    await keyring.addAll(['amara', 'boris', 'chen']);
    dissent = await keyring.sign(entry('d1', 'dissent', 'amara', 'doc1', { viewKind: 'dissenting', target: { kind: 'document', documentId: 'doc1' }, title: '', text: 'We disagree with section 3.' }));
    withdrawn = await keyring.sign(entry('d2', 'dissent', 'boris', 'doc1', { viewKind: 'minority', target: { kind: 'document', documentId: 'doc1' }, title: '', text: 'Earlier view.' }));
    withdrawal = await keyring.sign(entry('w2', 'dissent-withdrawal', 'boris', 'd2', { reason: 'Resolved in the meeting.' }, '2026-04-01T11:00:00.000Z'));
    position = await keyring.sign(entry('pos1', 'position', 'chen', 'p1', { stance: 'object', reason: 'Too vague.' }));
    cosign = await keyring.sign(entry('c1', 'cosign', 'chen', 'd1', {}));
    verified = await keyring.verify([dissent, withdrawn, withdrawal, cosign, position]);
  });

  function seeded(): { ydoc: Y.Doc; archive: ArchivedEntry[] } {
    const ydoc = new Y.Doc();
    const dissents = new DissentDoc(ydoc);
    const consensus = new ConsensusDoc(ydoc);
    for (const signed of [dissent, withdrawn, withdrawal, cosign]) expect(dissents.append(signed)).toBe(true);
    expect(consensus.append(position)).toBe(true);
    const archive = recordArrivals([], verified, now);
    return { ydoc, archive };
  }

  it('finds nothing to do when the shared logs hold everything archived', () => {
    const { ydoc, archive } = seeded();
    expect(planRestore({ archive, current: new IntegrityDoc(ydoc).rawLogs(), detectedBy: 'amara', now })).toEqual({ restore: [], flags: [] });
  });

  it('restores a dissent and a position deleted without a withdrawal, flags them, and the restored entries verify', async () => {
    const { ydoc, archive } = seeded();
    ydoc.getMap('dissents').delete('d1');
    ydoc.getMap('positions').delete('pos1');
    const integrity = new IntegrityDoc(ydoc);
    const plan = planRestore({ archive, current: integrity.rawLogs(), detectedBy: 'amara', now });
    expect(plan.restore.map((item) => item.entry.id).sort()).toEqual(['d1', 'pos1']);
    expect(plan.flags.map((flag) => [flag.entryId, flag.reason, flag.authorId])).toEqual([
      ['d1', 'removed', 'amara'],
      ['pos1', 'removed', 'chen'],
    ]);
    integrity.applyRestore(plan);
    expect(ydoc.getMap('removalFlags').size).toBe(0);
    const report = await verifyEntries(new DissentDoc(ydoc).rawEntries().concat(new ConsensusDoc(ydoc).rawEntries()), { workspaceId: WORKSPACE, keyOf: keyring.keyOf });
    expect(report.unverified).toEqual([]);
    expect(report.verified.map((verified) => verified.id).sort()).toEqual(['c1', 'd1', 'd2', 'pos1', 'w2']);
    expect(planRestore({ archive, current: integrity.rawLogs(), detectedBy: 'amara', now })).toEqual({ restore: [], flags: [] });
  });

  it('restores a withdrawn view without flagging it: the withdrawal was signed by its author', () => {
    const { ydoc, archive } = seeded();
    ydoc.getMap('dissents').delete('d2');
    const plan = planRestore({ archive, current: new IntegrityDoc(ydoc).rawLogs(), detectedBy: 'amara', now });
    expect(plan.restore.map((item) => item.entry.id)).toEqual(['d2']);
    expect(plan.flags).toEqual([]);
  });

  it('flags and restores an entry altered in place', () => {
    const { ydoc, archive } = seeded();
    ydoc.getMap('dissents').set('d1', { ...dissent, content: { ...dissent.content, text: 'We agree.' } });
    const integrity = new IntegrityDoc(ydoc);
    const plan = planRestore({ archive, current: integrity.rawLogs(), detectedBy: 'boris', now });
    expect(plan.flags.map((flag) => [flag.entryId, flag.reason, flag.detectedBy])).toEqual([['d1', 'altered', 'boris']]);
    integrity.applyRestore(plan);
    expect((ydoc.getMap('dissents').get('d1') as SignedEntry).content).toEqual(dissent.content);
  });

  it('restores exactly the archived entries that went missing, whichever they are', () => {
    const all = [dissent, withdrawn, withdrawal, cosign, position];
    fc.assert(
      fc.property(fc.subarray(all.map((signed) => signed.id)), (removed) => {
        const { ydoc, archive } = seeded();
        for (const id of removed) for (const name of ['dissents', 'positions']) ydoc.getMap(name).delete(id);
        const plan = planRestore({ archive, current: new IntegrityDoc(ydoc).rawLogs(), detectedBy: 'amara', now });
        expect(plan.restore.map((item) => item.entry.id).sort()).toEqual([...removed].sort());
        // Only the withdrawn view (d2) may disappear without a flag.
        expect(plan.flags.map((flag) => flag.entryId).sort()).toEqual(removed.filter((id) => id !== 'd2').sort());
      }),
    );
  });

  it('archives each verified entry once, with its first arrival time', () => {
    const first = recordArrivals([], verified.slice(0, 1), now);
    expect(first).toEqual([{ entry: dissent, receivedAt: now.toISOString() }]);
    expect(recordArrivals(first, verified, new Date('2026-05-01T00:00:00Z')).map((row) => row.entry.id)).toEqual(['d2', 'w2', 'c1', 'pos1']);
  });
});
