import { describe, expect, it } from 'vitest';
import { roleAtTime, roleHistory } from '../../../shared/integrity/role-history';
import { at, makeSigners, Replica } from './membership-fixtures';

describe('roles over time from the membership log', () => {
  it('gives the role a member held at each instant: before admission none, then member, chair, and none once removed', async () => {
    const keys = await makeSigners(['amara', 'ko']);
    const replica = new Replica();
    await replica.found(keys.amara!);
    await replica.admit(keys.amara!, keys.ko!, 'member', at(10));
    await replica.setRole(keys.amara!, 'ko', 'chair', at(20));
    await replica.write(keys.amara!, { kind: 'removal', content: { memberId: 'ko' } }, at(30));
    const history = roleHistory(await replica.view(), replica.log.raw());
    expect(roleAtTime(history, 'ko', at(5))).toBeUndefined();
    expect(roleAtTime(history, 'ko', at(15))).toBe('member');
    expect(roleAtTime(history, 'ko', at(25))).toBe('chair');
    expect(roleAtTime(history, 'ko', at(35))).toBeUndefined();
    expect(roleAtTime(history, 'amara', at(35))).toBe('coordinator');
  });

  it('counts a role written outside the log for nothing', async () => {
    const keys = await makeSigners(['amara', 'eve']);
    const replica = new Replica();
    await replica.found(keys.amara!);
    // Eve signs her own promotion: the log refuses it, so her history stays empty.
    await replica.write(keys.eve!, { kind: 'role', content: { memberId: 'eve', role: 'coordinator', termStart: null, termEnd: null } }, at(5)).catch(() => undefined);
    const history = roleHistory(await replica.view(), replica.log.raw());
    expect(roleAtTime(history, 'eve', at(10))).toBeUndefined();
  });
});
