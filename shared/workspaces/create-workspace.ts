import type * as Y from 'yjs';
import { genesisEntry, type Signer } from '../integrity/membership-authoring';
import { MembershipLogDoc } from '../integrity/membership-log-doc';
import type { Identity } from '../members/identity';
import type { Member } from '../members/member';
import { WorkspaceDoc } from '../workspace-doc/workspace-doc';
import type { WorkspaceProfile } from './workspace-profile';

/** A new workspace: its profile, and its creator as the first coordinator. */
export function initialiseWorkspace(ydoc: Y.Doc, profile: WorkspaceProfile, creator: Identity, options: { memberId: string; now: Date }): Member {
  const workspace = new WorkspaceDoc(ydoc);
  const { id: identityId, ...person } = creator;
  const coordinator: Member = { ...person, id: options.memberId, identityId, role: 'coordinator', joinedAt: options.now.toISOString() };
  ydoc.transact(() => {
    workspace.setProfile(profile);
    workspace.putMember(coordinator);
  });
  return coordinator;
}

/**
 * Roots the workspace's membership log: the founder's install key signs the genesis, which names
 * them coordinator and sets the default rules. Returns the genesis hash, for the creator to pin.
 */
export async function foundMembershipLog(ydoc: Y.Doc, workspaceId: string, founder: Signer, now: Date): Promise<string> {
  return new MembershipLogDoc(ydoc).append(await genesisEntry(founder, workspaceId, now));
}
