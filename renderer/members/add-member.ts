import type { MemberFields } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';

/**
 * The one way a member is added by hand: a plain record (decision 0014: only an admission signed in
 * the membership log makes someone a member whose signatures count). The form and the import both use it.
 */
export function addMember(workspace: WorkspaceDoc, input: MemberFields, now = new Date()): void {
  workspace.putMember({ ...input, id: crypto.randomUUID(), joinedAt: now.toISOString() });
}
