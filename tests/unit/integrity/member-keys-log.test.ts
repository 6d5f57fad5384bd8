import { beforeAll, describe, expect, it } from 'vitest';
import type { Signer } from '../../../shared/integrity/membership-authoring';
import { resolveMemberKeys, type MemberKey } from '../../../shared/integrity/member-keys';
import type { MembershipView } from '../../../shared/integrity/membership-log';
import { at, makeSigners, Replica } from './membership-fixtures';

let keys: Record<string, Signer>;
let view: MembershipView;
beforeAll(async () => {
  keys = await makeSigners(['amara', 'ko', 'lin', 'eve']);
  const replica = new Replica();
  await replica.found(keys.amara!);
  await replica.admit(keys.amara!, keys.ko!, 'member', at(1));
  view = await replica.view();
});

const record = (memberId: string, publicKey: string): MemberKey => ({ memberId, publicKey, registeredAt: at(0).toISOString() });

describe('member keys from the membership log', () => {
  it('verifies a member the log binds with that key alone, whatever the shared record and the pin say', () => {
    const resolution = resolveMemberKeys([record('ko', keys.eve!.publicKey)], { ko: keys.eve!.publicKey }, view);
    expect(resolution.keyOf('ko')).toBe(keys.ko!.publicKey);
    expect(resolution.conflicts).toEqual(['ko']);
  });

  it('keeps a not-yet-admitted member on their published key, flagged, until admission is required', () => {
    const shared = [record('lin', keys.lin!.publicKey)];
    const resolution = resolveMemberKeys(shared, {}, view);
    expect(resolution.keyOf('lin')).toBe(keys.lin!.publicKey);
    expect(resolution.unadmitted).toEqual(['lin']);
    const required = resolveMemberKeys(shared, {}, view, { requireAdmission: true });
    expect(required.keyOf('lin')).toBeUndefined();
    expect(required.unadmitted).toEqual(['lin']);
  });

  it('never lets a key the log binds to one member speak for another', () => {
    const resolution = resolveMemberKeys([record('lin', keys.ko!.publicKey)], {}, view);
    expect(resolution.keyOf('lin')).toBeUndefined();
    expect(resolution.unadmitted).toEqual([]);
  });

  it('falls back to the first key seen when the workspace has no log yet', () => {
    const unrooted = { root: null, members: [], former: [] };
    const resolution = resolveMemberKeys([record('lin', keys.eve!.publicKey)], { lin: keys.lin!.publicKey }, unrooted);
    expect(resolution.keyOf('lin')).toBe(keys.lin!.publicKey);
    expect(resolution.conflicts).toEqual(['lin']);
  });
});
