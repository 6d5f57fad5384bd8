import { beforeAll, describe, expect, it } from 'vitest';
import { admissionEntry, admissionFor, invitationEntry, newAdmissionToken, requestsToCountersign, signJoinRequest } from '../../../shared/integrity/admission';
import { genesisEntry, type Signer } from '../../../shared/integrity/membership-authoring';
import { membershipEntryHash } from '../../../shared/integrity/membership-entry';
import { computeMembership, keyOfMember, rejectionOf } from '../../../shared/integrity/membership-log';
import { rotationBacking, secretRotationEntry } from '../../../shared/integrity/secret-commitment';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { at, impersonating, makeSigners, Replica, roleOf, WORKSPACE } from './membership-fixtures';

let keys: Record<string, Signer>;
beforeAll(async () => {
  keys = await makeSigners(['amara', 'ko', 'lin', 'eve']);
});

async function foundedWithKo(): Promise<Replica> {
  const replica = new Replica();
  await replica.found(keys.amara!);
  await replica.admit(keys.amara!, keys.ko!, 'member', at(1));
  return replica;
}

describe('the membership log', () => {
  it('is rooted at the genesis: the founder is the coordinator, bound to the key that signed it', async () => {
    const replica = new Replica();
    const root = await replica.found(keys.amara!);
    const view = await replica.view();
    expect(view.root).toBe(root);
    expect(view.members).toEqual([expect.objectContaining({ memberId: 'amara', role: 'coordinator', publicKey: keys.amara!.publicKey })]);
    expect(view.heads).toEqual([root]);
  });

  it('binds an admitted member to the key their own join request was signed with', async () => {
    const view = await (await foundedWithKo()).view();
    expect(keyOfMember(view, 'ko')).toBe(keys.ko!.publicKey);
    expect(roleOf(view, 'ko')).toBe('member');
  });

  it('refuses self-promotion by a plain member', async () => {
    const replica = await foundedWithKo();
    const { hash } = await replica.setRole(keys.ko!, 'ko', 'coordinator', at(2));
    const view = await replica.view();
    expect(roleOf(view, 'ko')).toBe('member');
    expect(rejectionOf(view, hash)).toBe('not-allowed');
  });

  it('refuses a key registered for another member, and entries signed with a key the log does not bind', async () => {
    const replica = await foundedWithKo();
    // Eve, holding only the shared secret, admits "lin" with her own key, claiming to be Amara.
    const forged = await replica.admit(impersonating('amara', keys.eve!), impersonating('lin', keys.eve!), 'member', at(2));
    // Ko (a plain member) binds his own key to Lin.
    const request = await signJoinRequest(keys.lin!, { workspaceId: WORKSPACE, memberId: 'lin', token: null, at: at(3).toISOString() });
    const byKo = await replica.write(keys.ko!, { kind: 'member-key', content: { memberId: 'lin', publicKey: keys.ko!.publicKey, request } }, at(3));
    const view = await replica.view();
    expect(rejectionOf(view, forged.hash)).toBe('wrong-key');
    expect(rejectionOf(view, byKo.hash)).toBe('not-allowed');
    expect(keyOfMember(view, 'lin')).toBeUndefined();
  });

  it('refuses an outsider admitted by a non-coordinator', async () => {
    const replica = await foundedWithKo();
    const { hash } = await replica.admit(keys.ko!, keys.eve!, 'member', at(2));
    const view = await replica.view();
    expect(rejectionOf(view, hash)).toBe('not-allowed');
    expect(view.members.map((member) => member.memberId).sort()).toEqual(['amara', 'ko']);
  });

  it('refuses a tampered entry and keeps an entry with a missing parent pending until it arrives', async () => {
    const replica = await foundedWithKo();
    const later = new Replica();
    replica.syncWith(later);
    const promotion = await later.setRole(keys.amara!, 'ko', 'chair', at(2));
    const afterPromotion = await later.setRole(keys.amara!, 'ko', 'vice-chair', at(3));
    // Only the second entry reaches `replica`.
    replica.ydoc.getMap('membershipLog').set(afterPromotion.hash, afterPromotion.entry);
    expect((await replica.view()).pending).toEqual([afterPromotion.hash]);
    replica.ydoc.getMap('membershipLog').set(promotion.hash, { ...promotion.entry, content: { ...promotion.entry.content, role: 'coordinator' } });
    expect((await replica.view()).unchecked).toEqual([{ key: promotion.hash, reason: 'key-mismatch' }]);
    replica.ydoc.getMap('membershipLog').set(promotion.hash, promotion.entry);
    const view = await replica.view();
    expect(view.pending).toEqual([]);
    expect(view.accepted).toEqual(expect.arrayContaining([promotion.hash, afterPromotion.hash]));
  });

  it('resolves two coordinators demoting each other offline: the senior wins, the conflict is reported', async () => {
    const amaraApp = new Replica();
    await amaraApp.found(keys.amara!);
    await amaraApp.admit(keys.amara!, keys.ko!, 'coordinator', at(1));
    const koApp = new Replica();
    amaraApp.syncWith(koApp);
    const byKo = await koApp.setRole(keys.ko!, 'amara', 'member', at(2));
    const byAmara = await amaraApp.setRole(keys.amara!, 'ko', 'member', at(3));
    amaraApp.syncWith(koApp);
    for (const view of [await amaraApp.view(), await koApp.view()]) {
      expect(roleOf(view, 'amara')).toBe('coordinator');
      expect(roleOf(view, 'ko')).toBe('member');
      expect(view.conflicts).toEqual([expect.objectContaining({ entry: byKo.hash, authorId: 'ko', reason: 'overruled-by-senior', overruledBy: [byAmara.hash] })]);
    }
  });

  it('ignores a second genesis for the same workspace when the root is pinned, and reports it', async () => {
    const replica = await foundedWithKo();
    const root = (await replica.view()).root as string;
    const rival = await genesisEntry(keys.eve!, WORKSPACE, new Date(Date.UTC(2020, 0, 1)));
    const rivalHash = await replica.log.append(rival);
    const pinned = await replica.view(root);
    expect(pinned.members.map((member) => member.memberId).sort()).toEqual(['amara', 'ko']);
    expect(pinned.competingRoots).toEqual([rivalHash]);
  });
});

describe('admission by invitation', () => {
  it('admits the joiner who presents the token once, and refuses the token a second time', async () => {
    const replica = new Replica();
    await replica.found(keys.amara!);
    const token = newAdmissionToken();
    await replica.log.append(await invitationEntry(await replica.view(), keys.amara!, token, 'member', at(1)));
    const request = await signJoinRequest(keys.lin!, { workspaceId: WORKSPACE, memberId: 'lin', token, at: at(2).toISOString() });
    const decision = await admissionFor(await replica.view(), 'amara', request);
    expect(decision).toEqual({ ok: true, role: 'member' });
    await replica.log.append(await admissionEntry(await replica.view(), keys.amara!, request, 'member', at(3)));
    expect(keyOfMember(await replica.view(), 'lin')).toBe(keys.lin!.publicKey);

    const again = await signJoinRequest(keys.eve!, { workspaceId: WORKSPACE, memberId: 'eve', token, at: at(4).toISOString() });
    expect(await admissionFor(await replica.view(), 'amara', again)).toEqual({ ok: false, reason: 'invitation-used' });
    const forced = await replica.log.append(await admissionEntry(await replica.view(), keys.amara!, again, 'member', at(5)));
    expect(rejectionOf(await replica.view(), forced)).toBe('invitation-used');
  });

  it('admits nobody on a token that two different requests present', async () => {
    const replica = new Replica();
    await replica.found(keys.amara!);
    const token = newAdmissionToken();
    await replica.log.append(await invitationEntry(await replica.view(), keys.amara!, token, 'member', at(1)));
    const lin = await signJoinRequest(keys.lin!, { workspaceId: WORKSPACE, memberId: 'lin', token, at: at(2).toISOString() });
    const eve = await signJoinRequest(keys.eve!, { workspaceId: WORKSPACE, memberId: 'lin', token, at: at(2).toISOString() });
    expect(await admissionFor(await replica.view(), 'amara', lin, [lin, eve])).toEqual({ ok: false, reason: 'token-presented-twice' });
  });
});

describe('secret rotation through the log', () => {
  it('backs a re-key only with a rotation by an authorised member committing to that very secret', async () => {
    const replica = await foundedWithKo();
    const secret = newWorkspaceSecret();
    await replica.log.append(await secretRotationEntry(await replica.view(), keys.amara!, secret, at(2)));
    const byKo = await replica.log.append(await secretRotationEntry(await replica.view(), keys.ko!, newWorkspaceSecret(), at(3)));
    const view = await replica.view();
    expect(view.epoch).toBe(1);
    expect(rejectionOf(view, byKo)).toBe('not-allowed');
    expect(await rotationBacking(view, { by: 'amara', secret }, 0)).toEqual(expect.objectContaining({ epoch: 1, by: 'amara' }));
    expect(await rotationBacking(view, { by: 'amara', secret: newWorkspaceSecret() }, 0)).toBeUndefined();
    expect(await rotationBacking(view, { by: 'ko', secret }, 0)).toBeUndefined();
    expect(await rotationBacking(view, { by: 'amara', secret }, 1)).toBeUndefined();
  });

  it('never carries the secret itself', async () => {
    const replica = await foundedWithKo();
    const secret = newWorkspaceSecret();
    const entry = await secretRotationEntry(await replica.view(), keys.amara!, secret, at(2));
    expect(JSON.stringify(entry)).not.toContain(secret);
    expect(await membershipEntryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('computeMembership on input from peers', () => {
  it('never throws on garbage and names what it could not check', async () => {
    const view = await computeMembership(
      [
        { key: 'a', value: null },
        { key: 'b', value: { v: 1, kind: 'genesis' } },
        { key: 'c', value: 'text' },
      ],
      { workspaceId: WORKSPACE },
    );
    expect(view.root).toBeNull();
    expect(view.unchecked.map((item) => item.reason)).toEqual(['malformed', 'malformed', 'malformed']);
  });
});

describe('countersigning join requests', () => {
  it('leaves a request to the inviter first, then any coordinator answers it', async () => {
    const replica = new Replica();
    await replica.found(keys.amara!);
    await replica.admit(keys.amara!, keys.ko!, 'coordinator', at(1));
    const token = newAdmissionToken();
    await replica.log.append(await invitationEntry(await replica.view(), keys.amara!, token, 'member', at(2)));
    const request = await signJoinRequest(keys.lin!, { workspaceId: WORKSPACE, memberId: 'lin', token, at: at(3).toISOString() });
    const view = await replica.view();
    const seen = () => at(3).getTime();
    expect(await requestsToCountersign(view, 'amara', [request], seen, at(3))).toEqual([{ request, role: 'member' }]);
    expect(await requestsToCountersign(view, 'ko', [request], seen, at(3))).toEqual([]);
    expect(await requestsToCountersign(view, 'ko', [request], seen, at(5))).toEqual([{ request, role: 'member' }]);
    expect(await requestsToCountersign(view, 'lin', [request], seen, at(5))).toEqual([]);
  });
});
