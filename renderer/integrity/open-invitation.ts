import { z } from 'zod';
import { admissionTokenHash, invitationEntry, newAdmissionToken } from '../../shared/integrity/admission';
import type { DeskDatabase } from '../db/database';
import type { WorkspaceIntegrity } from './workspace-integrity';

export interface InviteAdmission {
  token: string;
  root: string;
}

const StoredSchema = z.object({ token: z.string() });
const rowKey = (workspaceId: string) => `openInvitation:${workspaceId}`;
const inFlight = new Map<string, Promise<InviteAdmission | undefined>>();

/**
 * The admission an invite made here carries: a one-time token whose hash this member signs into
 * the membership log. The token itself stays on this device (and in the invite) until someone
 * presents it; once used, or with `fresh`, the next invite gets a new one. Undefined for a
 * workspace older than the log, whose invites admit nobody.
 */
export function openInvitation(db: DeskDatabase, integrity: WorkspaceIntegrity, workspaceId: string, inviterId: string, fresh = false): Promise<InviteAdmission | undefined> {
  const key = `${workspaceId}/${inviterId}/${fresh}`;
  const running = inFlight.get(key);
  if (running) return running;
  const next = findOrCreate(db, integrity, workspaceId, inviterId, fresh).finally(() => inFlight.delete(key));
  inFlight.set(key, next);
  return next;
}

async function findOrCreate(db: DeskDatabase, integrity: WorkspaceIntegrity, workspaceId: string, inviterId: string, fresh: boolean): Promise<InviteAdmission | undefined> {
  const view = await integrity.membership();
  if (!view.root) return undefined;
  const stored = StoredSchema.safeParse((await db.local.get(rowKey(workspaceId)))?.value);
  if (stored.success && !fresh) {
    const hash = await admissionTokenHash(workspaceId, stored.data.token);
    const invitation = view.invitations.find((candidate) => candidate.tokenHash === hash);
    if (invitation && !invitation.used) return { token: stored.data.token, root: view.root };
  }
  const token = newAdmissionToken();
  const signer = { memberId: inviterId, privateKey: integrity.privateKey, publicKey: integrity.publicKey };
  await integrity.membershipLog.append(await invitationEntry(view, signer, token, 'member', new Date()));
  await db.local.put({ key: rowKey(workspaceId), value: { token } });
  return { token, root: view.root };
}
