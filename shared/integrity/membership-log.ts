import type { MemberBinding, Invitation, LogState, RejectionReason, SecretRotation } from './membership-log-state';
import { checkEntries, type UncheckedReason } from './membership-log-check';
import { resolveLog, type Conflict, type Rejection } from './membership-log-resolve';
import { orderEntries, rank } from './membership-log-order';
import type { Rules } from './membership-entry';

export type { Conflict, Rejection } from './membership-log-resolve';

/** Members, roles and keys as the log alone establishes them, with everything it refused and why. */
export interface MembershipView {
  workspaceId: string;
  /** Hash of the genesis the view grows from (the pinned one, even while it is missing); null while none has arrived (an unrooted workspace). */
  root: string | null;
  members: MemberBinding[];
  /** Removed members, kept so their past signatures stay attributable. */
  former: MemberBinding[];
  rules: Rules | null;
  epoch: number;
  rotations: readonly SecretRotation[];
  invitations: Invitation[];
  /** Accepted entries, in the order they took effect. */
  accepted: string[];
  rejected: Rejection[];
  /** Concurrent entries that collided, and which side lost: shown to members. */
  conflicts: Conflict[];
  pending: string[];
  unchecked: { key: string; reason: UncheckedReason }[];
  /** Genesis entries other than the root: someone tried to start this workspace's log again. */
  competingRoots: string[];
  heads: string[];
  headsAt: string | null;
}

export interface MembershipOptions {
  workspaceId: string;
  /** The genesis this install trusts (pinned at creation, or carried by the invite); without it the earliest ranked one. */
  root?: string;
}

function emptyView(workspaceId: string, root: string | null, unchecked: MembershipView['unchecked'], pending: string[], competingRoots: string[]): MembershipView {
  return { workspaceId, root, members: [], former: [], rules: null, epoch: 0, rotations: [], invitations: [], accepted: [], rejected: [], conflicts: [], pending, unchecked, competingRoots, heads: [], headsAt: null };
}

/**
 * Computes membership from the raw log (a Y.Map's entries, as peers wrote them). A pure function
 * of the set of entries: every replica holding the same entries computes the same view. Never throws.
 */
export async function computeMembership(raw: readonly { key: string; value: unknown }[], options: MembershipOptions): Promise<MembershipView> {
  const { checked, unchecked } = await checkEntries(raw, options.workspaceId);
  const geneses = checked.filter((entry) => entry.entry.kind === 'genesis').sort(rank);
  const rootEntry = options.root === undefined ? geneses[0] : geneses.find((entry) => entry.hash === options.root);
  const competingRoots = geneses.filter((entry) => entry !== rootEntry).map((entry) => entry.hash);
  // A pinned genesis that went missing leaves a rooted view with nobody in it, never an unrooted
  // one: deleting the genesis must not bring back the plain records' authority.
  if (!rootEntry) return emptyView(options.workspaceId, options.root ?? null, unchecked, checked.filter((entry) => entry.entry.kind !== 'genesis').map((entry) => entry.hash).sort(), competingRoots);

  const ordered = orderEntries(checked, rootEntry.hash);
  const resolved = resolveLog(ordered, rootEntry);
  const state: LogState = resolved.state;
  const all = [...state.members.values()];
  return {
    workspaceId: options.workspaceId,
    root: rootEntry.hash,
    members: all.filter((member) => !member.removed),
    former: all.filter((member) => member.removed),
    rules: state.rules,
    epoch: state.epoch,
    rotations: state.rotations,
    invitations: [...state.invitations.values()],
    accepted: resolved.accepted,
    rejected: resolved.rejected,
    conflicts: resolved.conflicts,
    pending: ordered.pending,
    unchecked,
    competingRoots,
    heads: ordered.heads,
    headsAt: ordered.headsAt,
  };
}

/** The key the log binds to a current member; a removed member's key verifies nothing new. */
export function keyOfMember(view: MembershipView, memberId: string): string | undefined {
  return view.members.find((member) => member.memberId === memberId)?.publicKey;
}

export function memberOf(view: MembershipView, memberId: string): MemberBinding | undefined {
  return view.members.find((member) => member.memberId === memberId);
}

export function rejectionOf(view: MembershipView, hash: string): RejectionReason | Rejection['reason'] | undefined {
  return view.rejected.find((rejection) => rejection.hash === hash)?.reason;
}
