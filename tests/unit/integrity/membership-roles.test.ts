import { beforeAll, describe, expect, it } from 'vitest';
import type { Signer } from '../../../shared/integrity/membership-authoring';
import type { MembershipView } from '../../../shared/integrity/membership-log';
import { logAllows, membersWithLogRoles } from '../../../shared/integrity/membership-roles';
import type { DecisionEntry } from '../../../shared/proposals/decision';
import { buildDecisionLog } from '../../../shared/proposals/decision-log';
import { member } from './signing-fixtures';
import { at, makeSigners, Replica } from './membership-fixtures';

let keys: Record<string, Signer>;
let view: MembershipView;
beforeAll(async () => {
  keys = await makeSigners(['amara', 'ko', 'lin']);
  const replica = new Replica();
  await replica.found(keys.amara!);
  await replica.admit(keys.amara!, keys.ko!, 'member', at(1));
  await replica.admit(keys.amara!, keys.lin!, 'member', at(2));
  await replica.write(keys.amara!, { kind: 'role', content: { memberId: 'lin', role: 'chair', termStart: null, termEnd: at(60).toISOString() } }, at(3));
  view = await replica.view();
});

describe('roles from the membership log', () => {
  it('ignores a role written into the plain member record', () => {
    const records = [member('amara', { role: 'member' }), member('ko', { role: 'coordinator' }), member('zia', { role: 'chair' }), member('noor', { role: 'observer' })];
    const roles = Object.fromEntries(membersWithLogRoles(records, view, at(10)).map((record) => [record.id, record.role]));
    expect(roles).toEqual({ amara: 'coordinator', ko: 'member', zia: 'member', noor: 'observer' });
  });

  it('ends an officer term at its end', () => {
    const records = [member('lin', { role: 'member' })];
    expect(membersWithLogRoles(records, view, at(10))[0]?.role).toBe('chair');
    expect(membersWithLogRoles(records, view, at(61))[0]?.role).toBe('member');
  });

  it('grants no office before the log is read, and keeps plain roles only in a workspace that has no log', () => {
    const records = [member('amara', { role: 'coordinator' })];
    expect(membersWithLogRoles(records, undefined, at(10))[0]?.role).toBe('member');
    expect(membersWithLogRoles(records, { ...view, root: null }, at(10))[0]?.role).toBe('coordinator');
  });

  it('answers what a member may do by the log rules', () => {
    expect(logAllows(view, 'amara', 'rotate-secret', at(10))).toBe(true);
    expect(logAllows(view, 'ko', 'rotate-secret', at(10))).toBe(false);
    expect(logAllows(view, 'lin', 'admit', at(10))).toBe(false);
  });

  it('makes a decision by a self-declared coordinator a flagged record, not a decision', () => {
    const records = membersWithLogRoles([member('amara'), member('ko', { role: 'coordinator' })], view, at(10));
    const decision = {
      v: 1 as const,
      id: 'decision-1',
      kind: 'decision' as const,
      workspaceId: 'ws-lantern',
      subjectId: 'proposal-1',
      authorId: 'ko',
      at: at(10).toISOString(),
      signature: 'x',
      content: {
        outcome: 'not-adopted' as const,
        level: null,
        summary: 'Not adopted.',
        reasoning: '',
        provisional: false,
        confirmationEndsAt: null,
        confirmationGraceHours: 0,
        counts: { support: 0, 'support-with-reservations': 0, 'stand-aside': 0, object: 0 },
        notResponded: 0,
        countedPositionIds: [],
        objectionsNoted: [],
      },
    };
    // Verified elsewhere; here only the role matters.
    const log = buildDecisionLog({ decisions: [decision as unknown as DecisionEntry], objections: [], members: records, now: at(10) });
    expect(log).toEqual({ records: [], rejected: [{ entryId: 'decision-1', error: 'errors.notAllowedToDecide' }] });
  });
});
