import type { MemberRole } from '../members/member';
import { admissionTokenHash } from './admission-token';
import { verifyJoinRequest, type JoinRequest } from './join-request';
import { authorEntry, type Signer } from './membership-authoring';
import type { MembershipEntry } from './membership-entry';
import { memberOf, type MembershipView } from './membership-log';
import { roleMay } from './membership-log-state';

export { newAdmissionToken, admissionTokenHash } from './admission-token';
export { signJoinRequest, verifyJoinRequest, JoinRequestSchema, type JoinRequest } from './join-request';

/** The inviter's log entry for a new invite: only the token's hash, so the log never lets anyone join. */
export async function invitationEntry(view: MembershipView, inviter: Signer, token: string, role: MemberRole, now: Date): Promise<MembershipEntry> {
  const tokenHash = await admissionTokenHash(view.workspaceId, token);
  return authorEntry(view, inviter, { kind: 'invitation', content: { tokenHash, role } }, now);
}

export type AdmissionDecision =
  | { ok: true; role: MemberRole }
  | { ok: false; reason: 'not-allowed' | 'bad-join-request' | 'wrong-workspace' | 'already-member' | 'key-in-use' | 'unknown-invitation' | 'invitation-used' | 'token-presented-twice' };

/**
 * Whether this app may countersign a join request now: the signer may admit, the request is the
 * joiner's own, and its token matches an unused invitation. A token presented by two different
 * requests was seen by someone else (it is in the shared doc): nobody is admitted with it.
 */
export async function admissionFor(view: MembershipView, signerId: string, request: JoinRequest, otherRequests: readonly JoinRequest[] = []): Promise<AdmissionDecision> {
  const signer = memberOf(view, signerId);
  if (!signer || !view.rules || !roleMay(view.rules, signer.role, 'admit')) return { ok: false, reason: 'not-allowed' };
  if (request.workspaceId !== view.workspaceId) return { ok: false, reason: 'wrong-workspace' };
  if (!(await verifyJoinRequest(request))) return { ok: false, reason: 'bad-join-request' };
  if (memberOf(view, request.memberId)) return { ok: false, reason: 'already-member' };
  if (view.members.some((member) => member.publicKey === request.publicKey)) return { ok: false, reason: 'key-in-use' };
  if (request.token === null) return { ok: false, reason: 'unknown-invitation' };
  const rivals = otherRequests.filter((other) => other.token === request.token && (other.memberId !== request.memberId || other.publicKey !== request.publicKey));
  if (rivals.length > 0) return { ok: false, reason: 'token-presented-twice' };
  const tokenHash = await admissionTokenHash(view.workspaceId, request.token);
  const invitation = view.invitations.find((candidate) => candidate.tokenHash === tokenHash);
  if (!invitation) return { ok: false, reason: 'unknown-invitation' };
  if (invitation.used) return { ok: false, reason: 'invitation-used' };
  return { ok: true, role: invitation.role };
}

/** The countersignature: binds the joiner's member id to the key their request was signed with. */
export function admissionEntry(view: MembershipView, admitter: Signer, request: JoinRequest, role: MemberRole, now: Date): Promise<MembershipEntry> {
  return authorEntry(view, admitter, { kind: 'admission', content: { memberId: request.memberId, publicKey: request.publicKey, role, request } }, now);
}

/** How long another coordinator's app leaves a request to the inviter's, so two apps rarely countersign the same one. */
export const INVITER_FIRST_MS = 60_000;

/**
 * The join requests this app should countersign now: admissible ones whose invitation this member
 * made, or anyone's that have waited longer than INVITER_FIRST_MS since this app first saw them.
 */
export async function requestsToCountersign(
  view: MembershipView,
  signerId: string,
  requests: readonly JoinRequest[],
  firstSeen: (request: JoinRequest) => number,
  now: Date,
): Promise<{ request: JoinRequest; role: MemberRole }[]> {
  const answers: { request: JoinRequest; role: MemberRole }[] = [];
  for (const request of requests) {
    const decision = await admissionFor(view, signerId, request, requests);
    if (!decision.ok || request.token === null) continue;
    const tokenHash = await admissionTokenHash(view.workspaceId, request.token);
    const mine = view.invitations.some((invitation) => invitation.tokenHash === tokenHash && invitation.by === signerId);
    if (mine || now.getTime() - firstSeen(request) >= INVITER_FIRST_MS) answers.push({ request, role: decision.role });
  }
  return answers;
}
