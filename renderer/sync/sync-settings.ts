import { z } from 'zod';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import { RelayUrlsSchema } from '../../shared/sync/relay-url';
import { SignalingUrlsSchema } from '../../shared/sync/signaling-url';
import type { DeskDatabase } from '../db/database';

export const SyncSettingsSchema = z.object({
  workspaceId: z.string().min(1),
  secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  signaling: SignalingUrlsSchema,
  /** When the secret was last rotated (the re-key applied here), to ignore older re-keys. */
  rekeyedAt: z.string().optional(),
  /** "Work offline" chosen by the member: kept across restarts until they resume. */
  paused: z.boolean().optional(),
  /** Joined from an invite: until something arrives, a rotated secret can still be reported and the entry forgotten. */
  joinedByInvite: z.boolean().optional(),
  /** The invite's one-time admission token, presented in a join request until this member is admitted. */
  admissionToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(),
  /** Relays holding this workspace's sealed envelope (relay-sync.ts); optional so rows from before relays parse. */
  relays: RelayUrlsSchema.optional(),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

/** The workspace's sync settings; a workspace created before sharing existed gets a fresh secret. */
export async function loadSyncSettings(db: DeskDatabase, workspaceId: string): Promise<SyncSettings> {
  const parsed = SyncSettingsSchema.safeParse(await db.syncSettings.get(workspaceId));
  if (parsed.success) return parsed.data;
  const fresh: SyncSettings = { workspaceId, secret: newWorkspaceSecret(), signaling: [] };
  await db.syncSettings.put(fresh);
  return fresh;
}

export async function saveSyncSettings(db: DeskDatabase, settings: SyncSettings): Promise<void> {
  await db.syncSettings.put(SyncSettingsSchema.parse(settings));
}
