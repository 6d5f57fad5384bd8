import { HashSchema } from '../../shared/integrity/membership-entry';
import type { DeskDatabase } from '../db/database';

const rowKey = (workspaceId: string) => `membershipRoot:${workspaceId}`;

/**
 * The genesis this install trusts for a workspace, pinned the first time it sees one (at creation,
 * or on first sync after joining), so a rival genesis written later never takes over.
 */
export async function pinnedMembershipRoot(db: DeskDatabase, workspaceId: string): Promise<string | undefined> {
  const parsed = HashSchema.safeParse((await db.local.get(rowKey(workspaceId)))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function pinMembershipRoot(db: DeskDatabase, workspaceId: string, root: string): Promise<void> {
  await db.local.put({ key: rowKey(workspaceId), value: HashSchema.parse(root) });
}
