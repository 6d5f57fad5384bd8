import fc from 'fast-check';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../shared/integrity/signed-entry';
import type { Verified } from '../../../shared/integrity/verify-entry';
import { ConsensusDoc } from '../../../shared/proposals/consensus-doc';
import type { Stance } from '../../../shared/proposals/position';
import type { Proposal } from '../../../shared/proposals/proposal';
import { prepareTerms, withTerms, type ProposalTermsContent } from '../../../shared/proposals/proposal-terms';
import { proposalState } from '../../../shared/proposals/proposal-state';
import { WORKSPACE } from '../integrity/signing-fixtures';
import { Ballot, hoursAfter, members, OPENS, proposal, rule } from './proposal-fixtures';

const ballot = new Ballot();
beforeAll(() => ballot.init());

/** Signs revisions 1..count of the base proposal's terms, each with new wording, and returns the record of the last. */
async function revisions(count: number): Promise<{ record: Proposal; entries: SignedEntry<ProposalTermsContent>[] }> {
  let record = proposal(rule('consensus'));
  const entries: SignedEntry<ProposalTermsContent>[] = [];
  for (let index = 1; index <= count; index++) {
    const unsigned = prepareTerms(record, { ...record, text: `Wording number ${index}.` }, { workspaceId: WORKSPACE, now: new Date(hoursAfter(OPENS, index / 10)), next: index > 1, id: `terms-${index}` });
    const signed = await ballot.keyring.sign(unsigned);
    entries.push(signed);
    record = withTerms(record, signed);
  }
  return { record, entries };
}

async function positionFor(memberId: string, stance: Stance, record: Pick<Proposal, 'revision' | 'termsId'>, hour: number): Promise<Verified<SignedEntry>> {
  const at = hoursAfter(OPENS, hour);
  const signed = await ballot.keyring.sign({
    v: 1,
    id: `pos-${memberId}-${hour}`,
    kind: 'position',
    workspaceId: WORKSPACE,
    subjectId: 'prop-1',
    authorId: memberId,
    at,
    content: { stance, reason: stance === 'object' ? 'Too vague.' : '', revision: record.revision ?? 1, ...(record.termsId ? { termsId: record.termsId } : {}) },
  });
  const [verified] = await ballot.keyring.verify([signed]);
  if (!verified) throw new Error('position did not verify');
  return verified;
}

async function stateOf(record: Proposal, entries: readonly SignedEntry[], positions: readonly Verified<SignedEntry>[]) {
  const verified = [...(await ballot.keyring.verify(entries)), ...positions];
  return proposalState({ proposal: record, members, verified, receivedAt: () => undefined, now: new Date(hoursAfter(OPENS, 30)) });
}

describe('signed, fixed proposal terms', () => {
  it('counts positions given to the current revision and shows earlier ones apart', async () => {
    const first = await revisions(1);
    const second = await revisions(2);
    const early = await positionFor('bo', 'support', first.record, 1);
    const renewed = await positionFor('cyd', 'object', second.record, 2);
    const state = await stateOf(second.record, second.entries, [early, renewed]);
    expect(state.terms).toMatchObject({ kind: 'signed', revision: 2, termsId: 'terms-2' });
    expect(state.tally.current.map((position) => position.memberId)).toEqual(['cyd']);
    expect(state.tally.earlier).toMatchObject([{ memberId: 'bo', revision: 1 }]);
  });

  it('flags a record whose terms were rewritten without a signature and counts nothing', async () => {
    const { record, entries } = await revisions(1);
    const vote = await positionFor('bo', 'support', record, 1);
    const state = await stateOf({ ...record, text: 'Rewritten after people voted.' }, entries, [vote]);
    expect(state.terms).toMatchObject({ kind: 'tampered', why: 'terms-mismatch' });
    expect(state.tally.current).toEqual([]);
    expect(state.tally.uncounted).toMatchObject([{ memberId: 'bo', why: 'terms-tampered' }]);
  });

  it('flags a signed record stripped of its signature, and one whose proposer was swapped', async () => {
    const { record, entries } = await revisions(1);
    expect((await stateOf(record, [], [])).terms).toMatchObject({ kind: 'tampered', why: 'signature-missing' });
    expect((await stateOf({ ...record, proposerId: 'dev' }, entries, [])).terms).toMatchObject({ kind: 'tampered', why: 'proposer-mismatch' });
  });

  it('keeps older, unsigned proposals and their positions counting at revision 1', async () => {
    const legacy = proposal(rule('consensus'));
    const vote = await ballot.position('bo', 'support');
    const state = await stateOf(legacy, [], [vote.entry]);
    expect(state.terms).toEqual({ kind: 'unsigned', revision: 1 });
    expect(state.tally.current.map((position) => position.memberId)).toEqual(['bo']);
  });

  it('writes a revision only on top of the one this copy holds, keeping the earlier entry', async () => {
    const { entries } = await revisions(2);
    const doc = new ConsensusDoc(new Y.Doc());
    const [first, second] = entries;
    if (!first || !second) throw new Error('two revisions expected');
    expect(doc.reviseProposal(second)).toBe(false);
    expect(doc.addSignedProposal(proposal(rule('consensus')), first)).toBe(true);
    expect(doc.reviseProposal(second)).toBe(true);
    expect(doc.reviseProposal(second)).toBe(false);
    expect(doc.proposal('prop-1')).toMatchObject({ revision: 2, termsId: 'terms-2', text: 'Wording number 2.' });
    expect(doc.log('proposalTerms').raw().map((raw) => raw.key).sort()).toEqual(['terms-1', 'terms-2']);
  });

  it('property: only positions given to the current revision count; unsigned rewrites count nothing', async () => {
    const voters = ['chair', 'ana', 'bo', 'cyd', 'dev'];
    const all = await revisions(4);
    const records = await Promise.all([1, 2, 3, 4].map(async (count) => (await revisions(count)).record));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.record({ voter: fc.constantFrom(...voters), revision: fc.integer({ min: 1, max: 4 }) }), { maxLength: 8 }),
        fc.boolean(),
        async (current, given, rewrite) => {
          const record = records[current - 1];
          if (!record) throw new Error('no record');
          const positions = await Promise.all(given.map(({ voter, revision }, index) => positionFor(voter, 'support', records[revision - 1] ?? record, 1 + index / 10)));
          const stored = rewrite ? { ...record, text: 'Quietly rewritten.' } : record;
          const state = await stateOf(stored, all.entries.slice(0, current), positions);
          const counted = state.tally.history.map((position) => position.entryId);
          if (rewrite) expect(counted).toEqual([]);
          else expect(counted.sort()).toEqual(positions.filter((_, index) => given[index]?.revision === current).map((entry) => entry.id).sort());
          expect(state.tally.earlier.every((position) => position.revision < current)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
