import { authorEntry } from '../../shared/integrity/membership-authoring';
import { memberOf } from '../../shared/integrity/membership-log';
import type { Member, MemberRole } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';

/**
 * A coordinator gives a member a role. The plain record names it for everyone; in a workspace with
 * a membership log only the signed `role` entry makes it count (decision 0014), so it is written
 * for every member the log has admitted. People listed by hand, never admitted, keep a plain role.
 */
export async function assignRole(workspace: WorkspaceDoc, integrity: WorkspaceIntegrity, coordinator: Member, member: Member, role: MemberRole, now = new Date()): Promise<void> {
  workspace.putMember({ ...member, role });
  const view = await integrity.membership();
  if (view.root === null || !memberOf(view, member.id)) return;
  const signer = { memberId: coordinator.id, privateKey: integrity.privateKey, publicKey: integrity.publicKey };
  await integrity.membershipLog.append(await authorEntry(view, signer, { kind: 'role', content: { memberId: member.id, role, termStart: null, termEnd: null } }, now));
}
