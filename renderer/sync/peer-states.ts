import * as Y from 'yjs';
import { z } from 'zod';
import { isoDateTime, MAX_NAME_LENGTH } from '../../shared/validation';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import type { DeskDatabase } from '../db/database';

/** What a member had as of their last sync file here: the next file to them can carry only what they lack. */
export interface PeerState {
  workspaceId: string;
  memberId: string;
  name: string;
  stateVector: Uint8Array;
  madeAt: string;
}

const RowSchema = z.object({
  workspaceId: z.string().min(1),
  memberId: z.string().min(1),
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  stateVector: z.instanceof(Uint8Array).refine((bytes) => {
    try {
      Y.decodeStateVector(bytes);
      return true;
    } catch {
      return false;
    }
  }),
  madeAt: isoDateTime,
});

export async function listPeerStates(db: DeskDatabase, workspaceId: string): Promise<PeerState[]> {
  const rows = await db.peerStates.where('workspaceId').equals(workspaceId).toArray();
  // A damaged row only costs the shorter file: "everything" is always offered.
  return rows.flatMap((row) => {
    const parsed = RowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Two state vectors of one member are both lower bounds of what they have: keeping the larger clock
 * of each client is never more than they have, whatever order their files arrive in.
 */
function mergeStateVectors(a: Uint8Array, b: Uint8Array): Uint8Array {
  const merged = Y.decodeStateVector(a);
  Y.decodeStateVector(b).forEach((clock, client) => merged.set(client, Math.max(clock, merged.get(client) ?? 0)));
  return Y.encodeStateVector(merged);
}

export async function recordPeerState(db: DeskDatabase, workspaceId: string, maker: SyncFileMaker, stateVector: Uint8Array, madeAt: string): Promise<void> {
  await db.transaction('rw', db.peerStates, async () => {
    const known = RowSchema.safeParse(await db.peerStates.get([workspaceId, maker.memberId]));
    const newer = !known.success || Date.parse(madeAt) >= Date.parse(known.data.madeAt);
    await db.peerStates.put({
      workspaceId,
      memberId: maker.memberId,
      name: newer || !known.success ? maker.name : known.data.name,
      stateVector: known.success ? mergeStateVectors(known.data.stateVector, stateVector) : stateVector,
      madeAt: newer || !known.success ? madeAt : known.data.madeAt,
    });
  });
}
