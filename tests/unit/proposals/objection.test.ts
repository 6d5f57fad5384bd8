import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { entriesOfKind } from '../../../shared/integrity/verify-entry';
import {
  OBJECTION_STATES,
  OBJECTION_TRANSITIONS,
  ObjectionChangeContentSchema,
  prepareObjectionChange,
  trackObjections,
  transitionError,
  type ObjectionChangeEntry,
  type ObjectionState,
} from '../../../shared/proposals/objection';
import type { Proposal } from '../../../shared/proposals/proposal';
import { tallyPositions, type ReceivedPosition } from '../../../shared/proposals/tally';
import { unwrap, WORKSPACE } from '../integrity/signing-fixtures';
import { Ballot, hoursAfter, members, OPENS, proposal, rule } from './proposal-fixtures';

const ballot = new Ballot();
beforeAll(() => ballot.init());
const byId = (id: string) => members.find((m) => m.id === id);

async function change(subject: Proposal, objectionId: string, actor: string, to: ObjectionState, hours: number, reason = 'Discussed on the call.'): Promise<ObjectionChangeEntry> {
  const signed = await ballot.keyring.sign({
    v: 1,
    id: `chg-${actor}-${to}-${hours}`,
    kind: 'objection-change',
    workspaceId: WORKSPACE,
    subjectId: subject.id,
    authorId: actor,
    at: hoursAfter(OPENS, hours),
    content: { objectionId, to, reason },
  });
  const [entry] = entriesOfKind(await ballot.keyring.verify([signed]), 'objection-change', ObjectionChangeContentSchema).verified;
  if (!entry) throw new Error('change did not verify');
  return entry;
}

function track(subject: Proposal, positions: ReceivedPosition[], changes: ObjectionChangeEntry[]) {
  const tally = tallyPositions({ proposal: subject, members, positions });
  return trackObjections({ proposal: subject, members, tally, changes });
}

describe('objection state machine', () => {
  it('allows only the listed transitions, for anyone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OBJECTION_STATES), fc.constantFrom(...OBJECTION_STATES), fc.constantFrom(...members), (from, to, actor) => {
        const error = transitionError(from, to, actor, { objectorId: 'dev', proposerId: 'ana', ruleKind: 'rough-consensus' });
        if (!OBJECTION_TRANSITIONS[from].includes(to)) expect(error).toBe('errors.invalidTransition');
      }),
    );
    expect(OBJECTION_TRANSITIONS.overruled).toEqual([]);
  });

  it('lets the chair overrule only under rough consensus, and only the objector reopen', () => {
    const context = { objectorId: 'dev', proposerId: 'ana', ruleKind: 'rough-consensus' as const };
    expect(transitionError('raised', 'overruled', byId('chair'), context)).toBeUndefined();
    expect(transitionError('raised', 'overruled', byId('bo'), context)).toBe('errors.notAllowed');
    expect(transitionError('raised', 'overruled', byId('chair'), { ...context, ruleKind: 'consensus' })).toBe('errors.overruleNeedsRoughConsensus');
    expect(transitionError('addressed', 'raised', byId('chair'), context)).toBe('errors.onlyObjectorCanReopen');
    expect(transitionError('addressed', 'raised', byId('dev'), context)).toBeUndefined();
    expect(transitionError('raised', 'accommodated', byId('ana'), context)).toBeUndefined();
    expect(transitionError('raised', 'addressed', byId('bo'), context)).toBe('errors.notAllowed');
    expect(transitionError('raised', 'addressed', undefined, context)).toBe('errors.notAMember');
  });

  it('folds signed changes in order, records who and why, and rejects the ones that break the rules', async () => {
    const subject = proposal(rule('rough-consensus'));
    const objection = await ballot.position('dev', 'object', { at: hoursAfter(OPENS, 1) });
    const id = objection.entry.id;
    const views = track(subject, [objection], [
      await change(subject, id, 'bo', 'addressed', 2), // not allowed
      await change(subject, id, 'dev', 'accommodated', 3),
      await change(subject, id, 'dev', 'raised', 4),
      await change(subject, id, 'chair', 'overruled', 5, 'Every other group supports; the concern is noted in the annex.'),
      await change(subject, id, 'dev', 'raised', 6), // overruled is final
      await change(subject, id, 'chair', 'addressed', 0.5), // before the objection existed
    ]);
    expect(views).toHaveLength(1);
    const [view] = views;
    expect(view?.state).toBe('overruled');
    expect(view?.open).toBe(false);
    expect(view?.changes.map((c) => [c.from, c.to, c.byId])).toEqual([
      ['raised', 'accommodated', 'dev'],
      ['accommodated', 'raised', 'dev'],
      ['raised', 'overruled', 'chair'],
    ]);
    expect(view?.rejected.map((r) => r.error)).toEqual(['errors.changeBeforeObjection', 'errors.notAllowed', 'errors.invalidTransition']);
  });

  it('a peer cannot overrule under plain consensus, so the objection stays open', async () => {
    const subject = proposal(rule('consensus'));
    const objection = await ballot.position('dev', 'object', { at: hoursAfter(OPENS, 1) });
    const [view] = track(subject, [objection], [await change(subject, objection.entry.id, 'chair', 'overruled', 2)]);
    expect(view).toMatchObject({ state: 'raised', open: true });
  });

  it('validates a change before signing: reason required, actor checked', async () => {
    const subject = proposal(rule('rough-consensus'));
    const objection = await ballot.position('dev', 'object', { at: hoursAfter(OPENS, 1) });
    const [view] = track(subject, [objection], []);
    if (!view) throw new Error('no objection');
    const context = { objection: view, proposal: subject, workspaceId: WORKSPACE, now: new Date(hoursAfter(OPENS, 3)) };
    expect(prepareObjectionChange({ to: 'overruled', reason: '  ' }, { ...context, actor: byId('chair') })).toEqual({ ok: false, errors: { reason: 'errors.reasonRequired' } });
    expect(prepareObjectionChange({ to: 'overruled', reason: 'Rough consensus reached.' }, { ...context, actor: byId('cyd') })).toEqual({ ok: false, errors: { to: 'errors.notAllowed' } });
    const entry = unwrap(prepareObjectionChange({ to: 'overruled', reason: 'Rough consensus reached.' }, { ...context, actor: byId('chair') }));
    expect(entry).toMatchObject({ kind: 'objection-change', authorId: 'chair', subjectId: subject.id, content: { objectionId: view.id, to: 'overruled' } });
  });
});
