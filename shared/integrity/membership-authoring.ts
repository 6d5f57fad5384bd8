import { DEFAULT_RULES, signMembershipEntry, type MembershipEntry, type Rules, type UnsignedMembershipEntry } from './membership-entry';
import type { MembershipView } from './membership-log';

/** Who signs: a member id, and the install key the log binds (or will bind) to it. */
export interface Signer {
  memberId: string;
  privateKey: CryptoKey;
  publicKey: string;
}

type Body = UnsignedMembershipEntry extends infer E ? (E extends UnsignedMembershipEntry ? Pick<E, 'kind' | 'content'> : never) : never;

/** The first entry of a workspace's log, signed by the founder's own key. */
export function genesisEntry(signer: Signer, workspaceId: string, now: Date, rules: Rules = DEFAULT_RULES): Promise<MembershipEntry> {
  return signMembershipEntry(signer.privateKey, {
    v: 1,
    workspaceId,
    authorId: signer.memberId,
    signerKey: signer.publicKey,
    parents: [],
    at: now.toISOString(),
    kind: 'genesis',
    content: { founder: { memberId: signer.memberId, publicKey: signer.publicKey }, rules },
  });
}

/**
 * A later entry on top of what this replica has seen: its parents are the current heads, and its
 * claimed time is never earlier than theirs (a clock behind a peer's must not break the order).
 */
export function authorEntry(view: MembershipView, signer: Signer, body: Body, now: Date): Promise<MembershipEntry> {
  if (view.root === null) throw new Error('The membership log has no genesis yet.');
  const floor = view.headsAt === null ? 0 : Date.parse(view.headsAt);
  const at = new Date(Math.max(now.getTime(), floor)).toISOString();
  return signMembershipEntry(signer.privateKey, {
    v: 1,
    workspaceId: view.workspaceId,
    authorId: signer.memberId,
    signerKey: signer.publicKey,
    parents: view.heads,
    at,
    ...body,
  } as UnsignedMembershipEntry);
}
