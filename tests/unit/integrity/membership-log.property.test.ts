import fc from 'fast-check';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { invitationEntry, newAdmissionToken } from '../../../shared/integrity/admission';
import type { Signer } from '../../../shared/integrity/membership-authoring';
import { DEFAULT_RULES, type MembershipEntry } from '../../../shared/integrity/membership-entry';
import { computeMembership, type MembershipView } from '../../../shared/integrity/membership-log';
import { MembershipLogDoc } from '../../../shared/integrity/membership-log-doc';
import { secretRotationEntry } from '../../../shared/integrity/secret-commitment';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import type { MemberRole } from '../../../shared/members/member';
import { at, impersonating, makeSigners, Replica, WORKSPACE } from './membership-fixtures';

/**
 * Random concurrent histories: three apps write membership entries offline (some valid, some not),
 * syncing now and then; every entry is then delivered to fresh apps in random orders, with
 * duplicates. Sami is only ever a plain member and Eve never a member, so anything either of them
 * signs that needs a right must never take effect.
 */
const ACTORS = ['amara', 'ko', 'lin', 'sami'] as const;
const OFFICER_ROLES: readonly MemberRole[] = ['coordinator', 'chair', 'member', 'observer'];
const PLAIN_ROLES: readonly MemberRole[] = ['member', 'observer'];

const StepArbitrary = fc.record({
  replica: fc.nat(2),
  action: fc.constantFrom('admit', 'invite-and-admit', 'role', 'remove', 'rotate', 'rules', 'self-promote', 'forge', 'sync', 'sync'),
  actor: fc.nat(ACTORS.length - 1),
  target: fc.nat(ACTORS.length - 1),
  role: fc.nat(OFFICER_ROLES.length - 1),
  other: fc.nat(2),
});
type Step = typeof StepArbitrary extends fc.Arbitrary<infer S> ? S : never;

let keys: Record<string, Signer>;
beforeAll(async () => {
  keys = await makeSigners([...ACTORS, 'eve']);
});

interface Run {
  replicas: Replica[];
  /** Entries that must never take effect, whatever else happens. */
  forbidden: Set<string>;
}

function roleFor(target: string, index: number): MemberRole {
  return target === 'sami' ? (PLAIN_ROLES[index % 2] as MemberRole) : (OFFICER_ROLES[index] as MemberRole);
}

async function play(steps: readonly Step[]): Promise<Run> {
  const replicas = [new Replica(), new Replica(), new Replica()];
  const [first] = replicas as [Replica, Replica, Replica];
  await first.found(keys.amara!, at(0));
  // A workspace with two coordinators, a chair and a plain member, so concurrent histories collide.
  await first.admit(keys.amara!, keys.ko!, 'coordinator', at(0));
  await first.admit(keys.ko!, keys.lin!, 'chair', at(0));
  if (steps.length % 2 === 0) await first.admit(keys.amara!, keys.sami!, 'member', at(0));
  for (const replica of replicas.slice(1)) first.syncWith(replica);
  const forbidden = new Set<string>();
  for (const [index, step] of steps.entries()) {
    const replica = replicas[step.replica] as Replica;
    const actor = keys[ACTORS[step.actor] as string] as Signer;
    const target = ACTORS[step.target] as string;
    const now = at(index + 1);
    const record = (hash: string) => {
      // Sami never holds a right (the generator never grants one); leaving is the only thing anyone may do alone.
      if (actor.memberId === 'sami') forbidden.add(hash);
      return hash;
    };
    switch (step.action) {
      case 'admit':
        record((await replica.admit(actor, keys[target] as Signer, roleFor(target, step.role), now)).hash);
        break;
      case 'invite-and-admit': {
        const token = newAdmissionToken();
        record(await replica.log.append(await invitationEntry(await replica.view(), actor, token, roleFor(target, step.role), now)));
        const admitter = keys[ACTORS[step.other] as string] as Signer;
        const hash = (await replica.admit(admitter, keys[target] as Signer, roleFor(target, step.role), now, token)).hash;
        if (admitter.memberId === 'sami') forbidden.add(hash);
        break;
      }
      case 'role':
        record((await replica.setRole(actor, target, roleFor(target, step.role), now)).hash);
        break;
      case 'remove':
        if (target !== actor.memberId) record((await replica.write(actor, { kind: 'removal', content: { memberId: target } }, now)).hash);
        break;
      case 'rotate':
        record(await replica.log.append(await secretRotationEntry(await replica.view(), actor, newWorkspaceSecret(), now)));
        break;
      case 'rules': {
        const rules = step.role % 2 === 0 ? DEFAULT_RULES : { ...DEFAULT_RULES, admit: ['coordinator', 'chair'] as MemberRole[] };
        record((await replica.write(actor, { kind: 'rules', content: { rules } }, now)).hash);
        break;
      }
      case 'self-promote':
        forbidden.add((await replica.setRole(keys.sami!, 'sami', 'coordinator', now)).hash);
        break;
      case 'forge':
        // Eve signs with her own key while claiming to be a member: a key the log never bound to them.
        forbidden.add((await replica.setRole(impersonating(actor.memberId, keys.eve!), 'eve', 'coordinator', now)).hash);
        forbidden.add((await replica.admit(impersonating(actor.memberId, keys.eve!), keys.eve!, 'coordinator', now)).hash);
        break;
      case 'sync':
        replica.syncWith(replicas[step.other] as Replica);
        break;
    }
  }
  return { replicas, forbidden };
}

function allEntries(replicas: readonly Replica[]): Map<string, MembershipEntry> {
  const entries = new Map<string, MembershipEntry>();
  for (const replica of replicas) for (const { key, value } of replica.log.raw()) entries.set(key, value as MembershipEntry);
  return entries;
}

/** A small seeded shuffle, so fast-check can shrink the delivery order through its seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed || 1;
  for (let index = result.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const swap = state % (index + 1);
    [result[index], result[swap]] = [result[swap] as T, result[index] as T];
  }
  return result;
}

/** Delivers every entry (some twice, some by Yjs update from a peer) to a fresh app in a seeded order. */
async function deliver(entries: Map<string, MembershipEntry>, seed: number): Promise<MembershipView> {
  const doc = new Y.Doc();
  const peer = new Y.Doc();
  const order = shuffled([...entries.keys(), ...[...entries.keys()].filter((_, index) => index % 3 === seed % 3)], seed);
  for (const [index, hash] of order.entries()) {
    const entry = entries.get(hash) as MembershipEntry;
    if (index % 2 === 0) await new MembershipLogDoc(doc).append(entry);
    else {
      await new MembershipLogDoc(peer).append(entry);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    }
    // Halfway views must not throw, whatever is missing.
    if (index === Math.floor(order.length / 2)) await computeMembership(new MembershipLogDoc(doc).raw(), { workspaceId: WORKSPACE });
  }
  return computeMembership(new MembershipLogDoc(doc).raw(), { workspaceId: WORKSPACE });
}

const comparable = (view: MembershipView) => ({
  members: [...view.members].sort((a, b) => a.memberId.localeCompare(b.memberId)),
  former: [...view.former].sort((a, b) => a.memberId.localeCompare(b.memberId)),
  rules: view.rules,
  epoch: view.epoch,
  accepted: view.accepted,
  rejected: view.rejected,
  conflicts: view.conflicts,
  pending: view.pending,
  heads: view.heads,
});

describe('membership log, random concurrent histories', () => {
  it('converges everywhere, and nothing signed without the right at its point in the log takes effect', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(StepArbitrary, { minLength: 4, maxLength: 18 }), fc.array(fc.integer({ min: 1, max: 2 ** 30 }), { minLength: 3, maxLength: 3 }), async (steps, seeds) => {
        const { replicas, forbidden } = await play(steps);
        const entries = allEntries(replicas);
        const reference = await computeMembership([...entries].map(([key, value]) => ({ key, value })), { workspaceId: WORKSPACE });
        for (const seed of seeds) expect(comparable(await deliver(entries, seed))).toEqual(comparable(reference));

        expect(reference.pending).toEqual([]);
        const accepted = new Set(reference.accepted);
        for (const hash of forbidden) expect(accepted.has(hash)).toBe(false);
        expect(reference.members.some((member) => member.memberId === 'eve')).toBe(false);
        expect(['member', 'observer', undefined]).toContain(reference.members.find((member) => member.memberId === 'sami')?.role);
        // Every bound key is the member's own: nobody registered a key for someone else.
        for (const member of [...reference.members, ...reference.former]) expect(member.publicKey).toBe(keys[member.memberId]?.publicKey);
        // Each conflict names a loser that did not take effect and a winner that did.
        for (const conflict of reference.conflicts) {
          expect(accepted.has(conflict.entry)).toBe(false);
          for (const winner of conflict.overruledBy) expect(accepted.has(winner)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('resolves two coordinators demoting or removing each other offline by seniority, and reports it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), fc.boolean(), fc.boolean(), async (koMinute, amaraMinute, koRemoves, amaraRemoves) => {
        const amaraApp = new Replica();
        await amaraApp.found(keys.amara!);
        await amaraApp.admit(keys.amara!, keys.ko!, 'coordinator', at(0));
        const koApp = new Replica();
        amaraApp.syncWith(koApp);
        const against = (app: Replica, by: Signer, memberId: string, removes: boolean, minute: number) =>
          removes ? app.write(by, { kind: 'removal', content: { memberId } }, at(minute)) : app.setRole(by, memberId, 'member', at(minute));
        const byKo = await against(koApp, keys.ko!, 'amara', koRemoves, koMinute);
        const byAmara = await against(amaraApp, keys.amara!, 'ko', amaraRemoves, amaraMinute);
        amaraApp.syncWith(koApp);
        const view = await koApp.view();
        expect(view.members.find((member) => member.memberId === 'amara')?.role).toBe('coordinator');
        expect(view.accepted).toContain(byAmara.hash);
        expect(view.conflicts).toEqual([expect.objectContaining({ entry: byKo.hash, overruledBy: [byAmara.hash] })]);
      }),
      { numRuns: 15 },
    );
  });
});
