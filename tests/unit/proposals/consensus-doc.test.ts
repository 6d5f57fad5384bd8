import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEntries } from '../../../shared/integrity/verify-entry';
import { ConsensusDoc } from '../../../shared/proposals/consensus-doc';
import { preparePosition } from '../../../shared/proposals/position';
import { prepareDecision } from '../../../shared/proposals/decision';
import { proposalState } from '../../../shared/proposals/proposal-state';
import { Keyring, unwrap, WORKSPACE } from '../integrity/signing-fixtures';
import { CLOSES, hoursAfter, members, OPENS, proposal, rule } from './proposal-fixtures';

const keyring = new Keyring();
beforeAll(() => keyring.addAll(members.map((m) => m.id)));
const subject = proposal(rule('consensus'));

async function cast(doc: ConsensusDoc, memberId: string, form: unknown, hours: number): Promise<string> {
  const unsigned = unwrap(preparePosition(form, { proposal: subject, workspaceId: WORKSPACE, memberId, now: new Date(hoursAfter(OPENS, hours)) }));
  expect(doc.append(await keyring.sign(unsigned))).toBe(true);
  return unsigned.id;
}

async function read(doc: ConsensusDoc, now = new Date(hoursAfter(OPENS, 10))) {
  const report = await verifyEntries(doc.rawEntries(), { workspaceId: WORKSPACE, keyOf: keyring.keyOf });
  return { report, state: proposalState({ proposal: subject, members, verified: report.verified, receivedAt: () => undefined, now }) };
}

describe('consensus document', () => {
  it('keeps proposals immutable and logs append-only, and reports damaged proposals', () => {
    const ydoc = new Y.Doc();
    const doc = new ConsensusDoc(ydoc);
    expect(doc.addProposal(subject)).toBe(true);
    expect(doc.addProposal({ ...subject, text: 'Rewritten after people voted.' })).toBe(false);
    expect(doc.proposal(subject.id)?.text).toBe(subject.text);
    ydoc.getMap('proposals').set('junk', { title: 42 });
    expect(doc.proposals()).toMatchObject({ valid: [{ id: subject.id }], invalid: ['junk'] });
  });

  it('tallies what verifies and flags a tampered or forged position from a peer without throwing', async () => {
    const ydoc = new Y.Doc();
    const doc = new ConsensusDoc(ydoc);
    doc.addProposal(subject);
    await cast(doc, 'chair', { stance: 'support' }, 1);
    const objection = await cast(doc, 'dev', { stance: 'object', reason: 'Budget unclear.' }, 2);
    expect((await read(doc)).state.evaluation.verdict).toBe('not-adoptable');

    // A peer edits the objection into support: the signature no longer matches.
    const positions = ydoc.getMap('positions');
    const original = positions.get(objection) as { content: object };
    positions.set(objection, { ...original, content: { stance: 'support', reason: '' } });
    positions.set('garbage', 'not an entry');
    const { report, state } = await read(doc);
    const flagged = Object.fromEntries(report.unverified.map((entry) => [entry.key, entry.reason]));
    expect(flagged).toEqual({ garbage: 'malformed', [objection]: 'bad-signature' });
    expect(state.tally.counts).toMatchObject({ support: 1, object: 0 });
    expect(state.tally.notResponded).toContain('dev');
  });

  it('suggests a level and closes the tally at the decision', async () => {
    const ydoc = new Y.Doc();
    const doc = new ConsensusDoc(ydoc);
    await cast(doc, 'chair', { stance: 'support' }, 1);
    await cast(doc, 'ana', { stance: 'stand-aside', reason: 'Conflict of interest.' }, 2);
    await cast(doc, 'cyd', { stance: 'support-with-reservations', reason: 'Review in a year.' }, 3);
    const before = (await read(doc)).state;
    expect(before.suggestedLevel).toBe('consensus');
    const decidedAt = new Date(hoursAfter(OPENS, 5));
    const decision = unwrap(
      prepareDecision(
        { outcome: 'adopted', level: 'consensus', summary: 'Adopted; one stand-aside.' },
        { proposal: subject, decider: members[0], tally: before.tally, objections: before.objections, workspaceId: WORKSPACE, now: decidedAt, timeZone: 'UTC' },
      ),
    );
    expect(doc.append(await keyring.sign(decision))).toBe(true);
    await cast(doc, 'bo', { stance: 'support' }, 6);
    const after = (await read(doc, new Date(CLOSES))).state;
    expect(after.decisions.records).toMatchObject([{ id: decision.id, status: 'final', outcome: 'adopted' }]);
    expect(after.tally.uncounted).toMatchObject([{ memberId: 'bo', why: 'cast-after-closing' }]);
  });
});
