import type { MemberRole } from '../members/member';
import type { MembershipEntry, Right, Rules } from './membership-entry';

/** A member as the log binds them: the only source of a member's key and role. */
export interface MemberBinding {
  memberId: string;
  publicKey: string;
  role: MemberRole;
  termStart: string | null;
  termEnd: string | null;
  /** Hash of the admission (or genesis) that bound this member; its place in the order is their seniority. */
  admittedBy: string;
  removed: boolean;
}

export interface Invitation {
  tokenHash: string;
  role: MemberRole;
  by: string;
  entry: string;
  used: boolean;
}

export interface SecretRotation {
  epoch: number;
  commitment: string;
  by: string;
  entry: string;
}

export interface LogState {
  members: ReadonlyMap<string, MemberBinding>;
  rules: Rules;
  invitations: ReadonlyMap<string, Invitation>;
  epoch: number;
  rotations: readonly SecretRotation[];
}

/** An entry that reached the fold: structurally sound, signature checked, and its join request (if any) checked. */
export interface CheckedEntry {
  hash: string;
  entry: MembershipEntry;
  requestValid: boolean;
  /** Hash of the invitation token its join request presents, when it presents one. */
  presentedTokenHash: string | null;
}

export const REJECTION_REASONS = [
  'not-a-member',
  'wrong-key',
  'outside-term',
  'not-allowed',
  'already-member',
  'key-in-use',
  'not-a-current-member',
  'bad-join-request',
  'unknown-invitation',
  'invitation-used',
  'role-differs-from-invitation',
  'duplicate-invitation',
  'stale-epoch',
  'rules-lock-out',
  'second-genesis',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type Transition = { ok: true; state: LogState } | { ok: false; reason: RejectionReason };

const PLAIN_ROLES: readonly MemberRole[] = ['member', 'observer'];

export function genesisState(checked: CheckedEntry): LogState | undefined {
  const { entry, hash } = checked;
  if (entry.kind !== 'genesis') return undefined;
  const { memberId, publicKey } = entry.content.founder;
  const founder: MemberBinding = { memberId, publicKey, role: 'coordinator', termStart: null, termEnd: null, admittedBy: hash, removed: false };
  return { members: new Map([[memberId, founder]]), rules: entry.content.rules, invitations: new Map(), epoch: 0, rotations: [] };
}

export function currentMember(state: LogState, memberId: string): MemberBinding | undefined {
  const member = state.members.get(memberId);
  return member && !member.removed ? member : undefined;
}

export function roleMay(rules: Rules, role: MemberRole, right: Right): boolean {
  return rules[right].includes(role);
}

/** Terms are checked against the entry's claimed time, which cannot precede its parents' (see the ordering). */
function withinTerm(member: MemberBinding, at: string): boolean {
  const time = Date.parse(at);
  if (member.termStart !== null && time < Date.parse(member.termStart)) return false;
  if (member.termEnd !== null && time >= Date.parse(member.termEnd)) return false;
  return true;
}

function keyInUse(state: LogState, publicKey: string, except: string): boolean {
  return [...state.members.values()].some((member) => !member.removed && member.memberId !== except && member.publicKey === publicKey);
}

function withMember(state: LogState, member: MemberBinding): LogState {
  return { ...state, members: new Map(state.members).set(member.memberId, member) };
}

/** One step of the fold: refuses anything the author could not do in `state`, whatever it claims. */
export function applyEntry(state: LogState, checked: CheckedEntry): Transition {
  const { entry, hash } = checked;
  const refuse = (reason: RejectionReason): Transition => ({ ok: false, reason });
  if (entry.kind === 'genesis') return refuse('second-genesis');
  const author = currentMember(state, entry.authorId);
  if (!author) return refuse('not-a-member');
  if (author.publicKey !== entry.signerKey) return refuse('wrong-key');
  if (!withinTerm(author, entry.at)) return refuse('outside-term');
  const may = (right: Right) => roleMay(state.rules, author.role, right);

  switch (entry.kind) {
    case 'invitation': {
      const { tokenHash, role } = entry.content;
      if (!may('admit') || (!PLAIN_ROLES.includes(role) && !may('assign-roles'))) return refuse('not-allowed');
      if (state.invitations.has(tokenHash)) return refuse('duplicate-invitation');
      const invitation: Invitation = { tokenHash, role, by: author.memberId, entry: hash, used: false };
      return { ok: true, state: { ...state, invitations: new Map(state.invitations).set(tokenHash, invitation) } };
    }
    case 'admission': {
      const { memberId, publicKey, role, request } = entry.content;
      if (!may('admit')) return refuse('not-allowed');
      if (currentMember(state, memberId)) return refuse('already-member');
      if (!checked.requestValid || request.memberId !== memberId || request.publicKey !== publicKey || request.workspaceId !== entry.workspaceId)
        return refuse('bad-join-request');
      if (keyInUse(state, publicKey, memberId)) return refuse('key-in-use');
      let invitations = state.invitations;
      if (checked.presentedTokenHash !== null) {
        const invitation = state.invitations.get(checked.presentedTokenHash);
        if (!invitation) return refuse('unknown-invitation');
        if (invitation.used) return refuse('invitation-used');
        if (invitation.role !== role) return refuse('role-differs-from-invitation');
        invitations = new Map(invitations).set(invitation.tokenHash, { ...invitation, used: true });
      } else if (!PLAIN_ROLES.includes(role) && !may('assign-roles')) return refuse('not-allowed');
      const admitted: MemberBinding = { memberId, publicKey, role, termStart: null, termEnd: null, admittedBy: hash, removed: false };
      return { ok: true, state: { ...withMember(state, admitted), invitations } };
    }
    case 'role': {
      const { memberId, role, termStart, termEnd } = entry.content;
      if (!may('assign-roles')) return refuse('not-allowed');
      const target = currentMember(state, memberId);
      if (!target) return refuse('not-a-current-member');
      return { ok: true, state: withMember(state, { ...target, role, termStart, termEnd }) };
    }
    case 'removal': {
      const target = currentMember(state, entry.content.memberId);
      // Anyone may leave; removing someone else takes the right.
      if (entry.content.memberId !== author.memberId && !may('remove')) return refuse('not-allowed');
      if (!target) return refuse('not-a-current-member');
      return { ok: true, state: withMember(state, { ...target, removed: true }) };
    }
    case 'member-key': {
      const { memberId, publicKey, request } = entry.content;
      if (memberId !== author.memberId && !may('admit')) return refuse('not-allowed');
      const target = currentMember(state, memberId);
      if (!target) return refuse('not-a-current-member');
      if (!checked.requestValid || request.memberId !== memberId || request.publicKey !== publicKey || request.token !== null || request.workspaceId !== entry.workspaceId)
        return refuse('bad-join-request');
      if (keyInUse(state, publicKey, memberId)) return refuse('key-in-use');
      return { ok: true, state: withMember(state, { ...target, publicKey }) };
    }
    case 'secret-rotation': {
      const { epoch, commitment } = entry.content;
      if (!may('rotate-secret')) return refuse('not-allowed');
      if (epoch <= state.epoch) return refuse('stale-epoch');
      return { ok: true, state: { ...state, epoch, rotations: [...state.rotations, { epoch, commitment, by: author.memberId, entry: hash }] } };
    }
    case 'rules': {
      if (!may('change-rules')) return refuse('not-allowed');
      // A log nobody may change again could never be repaired.
      if (entry.content.rules['change-rules'].length === 0) return refuse('rules-lock-out');
      return { ok: true, state: { ...state, rules: entry.content.rules } };
    }
  }
}

/** Whether an entry concerns the standing of `memberId` (so a concurrent one can overrule what they did). */
export function affectsStanding(entry: MembershipEntry, memberId: string): boolean {
  switch (entry.kind) {
    case 'role':
    case 'removal':
    case 'member-key':
      return entry.content.memberId === memberId;
    case 'rules':
      return true;
    default:
      return false;
  }
}
