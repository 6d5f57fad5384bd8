import * as Y from 'yjs';
import { signJoinRequest } from '../../../shared/integrity/join-request';
import { authorEntry, genesisEntry, type Signer } from '../../../shared/integrity/membership-authoring';
import type { MembershipEntry } from '../../../shared/integrity/membership-entry';
import { computeMembership, type MembershipView } from '../../../shared/integrity/membership-log';
import { MembershipLogDoc } from '../../../shared/integrity/membership-log-doc';
import type { MemberRole } from '../../../shared/members/member';
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/integrity/signing-key';

export const WORKSPACE = 'ws-lantern';
export const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);

/** Key pairs generated once per file: Ed25519 is the slow part of these tests. */
export async function makeSigners(ids: readonly string[]): Promise<Record<string, Signer>> {
  const signers: Record<string, Signer> = {};
  for (const memberId of ids) {
    const pair = await generateSigningKeyPair();
    signers[memberId] = { memberId, privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
  }
  return signers;
}

/** A forger: claims to be `claimed` but holds only `actual`'s private key. */
export function impersonating(claimed: string, actual: Signer): Signer {
  return { memberId: claimed, privateKey: actual.privateKey, publicKey: actual.publicKey };
}

/** One app's copy of a workspace: a Y.Doc holding the log, and the view it computes. */
export class Replica {
  readonly ydoc = new Y.Doc();
  readonly log = new MembershipLogDoc(this.ydoc);

  constructor(readonly workspaceId = WORKSPACE) {}

  view(root?: string): Promise<MembershipView> {
    return computeMembership(this.log.raw(), { workspaceId: this.workspaceId, root });
  }

  async found(founder: Signer, now = at(0)): Promise<string> {
    return this.log.append(await genesisEntry(founder, this.workspaceId, now));
  }

  async write(signer: Signer, body: Parameters<typeof authorEntry>[2], now: Date): Promise<{ hash: string; entry: MembershipEntry }> {
    const entry = await authorEntry(await this.view(), signer, body, now);
    return { hash: await this.log.append(entry), entry };
  }

  async admit(admitter: Signer, joiner: Signer, role: MemberRole, now: Date, token: string | null = null) {
    const request = await signJoinRequest(joiner, { workspaceId: this.workspaceId, memberId: joiner.memberId, token, at: now.toISOString() });
    return this.write(admitter, { kind: 'admission', content: { memberId: joiner.memberId, publicKey: joiner.publicKey, role, request } }, now);
  }

  setRole(by: Signer, memberId: string, role: MemberRole, now: Date) {
    return this.write(by, { kind: 'role', content: { memberId, role, termStart: null, termEnd: null } }, now);
  }

  /** Both ways: after this, each replica holds everything the other had. */
  syncWith(other: Replica): void {
    Y.applyUpdate(other.ydoc, Y.encodeStateAsUpdate(this.ydoc, Y.encodeStateVector(other.ydoc)));
    Y.applyUpdate(this.ydoc, Y.encodeStateAsUpdate(other.ydoc, Y.encodeStateVector(this.ydoc)));
  }
}

export function roleOf(view: MembershipView, memberId: string): MemberRole | undefined {
  return view.members.find((member) => member.memberId === memberId)?.role;
}
