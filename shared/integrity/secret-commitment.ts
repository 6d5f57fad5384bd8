import { canonicalJson } from './canonical-json';
import { sha256Hex } from './digest';
import { authorEntry, type Signer } from './membership-authoring';
import type { MembershipEntry } from './membership-entry';
import type { MembershipView } from './membership-log';
import type { SecretRotation } from './membership-log-state';

/** The secret carries 256 random bits, so its hash reveals nothing; the epoch and workspace keep it from being replayed. */
export function secretCommitment(workspaceId: string, epoch: number, secret: string): Promise<string> {
  return sha256Hex(canonicalJson({ kind: 'secret-commitment', workspaceId, epoch, secret }));
}

/** The log side of a rotation: the next epoch and a commitment to the new secret, which travels separately. */
export async function secretRotationEntry(view: MembershipView, rotator: Signer, secret: string, now: Date): Promise<MembershipEntry> {
  const epoch = view.epoch + 1;
  return authorEntry(view, rotator, { kind: 'secret-rotation', content: { epoch, commitment: await secretCommitment(view.workspaceId, epoch, secret) } }, now);
}

/**
 * The rotation in the log that backs a re-key message: the latest one, by the same member,
 * committing to exactly this secret, newer than the epoch this install already applied. Without
 * one the message is ignored: an older rotation's secret is as stale as the one before it.
 */
export async function rotationBacking(view: MembershipView, rekey: { by: string; secret: string }, appliedEpoch: number): Promise<SecretRotation | undefined> {
  const latest = view.rotations.at(-1);
  if (!latest || latest.epoch <= appliedEpoch || latest.epoch !== view.epoch || latest.by !== rekey.by) return undefined;
  return latest.commitment === (await secretCommitment(view.workspaceId, latest.epoch, rekey.secret)) ? latest : undefined;
}
