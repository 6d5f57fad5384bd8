import { toBase64 } from 'lib0/buffer';
import { WorkspaceEntrySchema, type WorkspaceEntry } from '../../shared/workspaces/workspace-entry';
import type { DeskDatabase, WorkspaceRow } from '../db/database';

export type RegistryItem =
  | { status: 'ok'; entry: WorkspaceEntry }
  /** A registry row that no longer parses: listed, openable only as raw data to export. */
  | { status: 'damaged'; id: string; label: string };

function labelOf(row: WorkspaceRow): string {
  return typeof row.name === 'string' && row.name.trim() !== '' ? row.name.slice(0, 120) : row.id;
}

export function toRegistryItem(row: WorkspaceRow): RegistryItem {
  const parsed = WorkspaceEntrySchema.safeParse(row);
  return parsed.success ? { status: 'ok', entry: parsed.data } : { status: 'damaged', id: row.id, label: labelOf(row) };
}

export class WorkspaceRegistry {
  constructor(private readonly db: DeskDatabase) {}

  async list(): Promise<RegistryItem[]> {
    const rows = await this.db.workspaces.toArray();
    return rows.map(toRegistryItem).sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
  }

  async get(id: string): Promise<RegistryItem | undefined> {
    const row = await this.db.workspaces.get(id);
    return row ? toRegistryItem(row) : undefined;
  }

  async add(entry: WorkspaceEntry): Promise<void> {
    await this.db.workspaces.add(WorkspaceEntrySchema.parse(entry));
  }

  async update(id: string, patch: Partial<Pick<WorkspaceEntry, 'name' | 'archived' | 'lastOpenedAt'>>): Promise<WorkspaceEntry> {
    return this.db.transaction('rw', this.db.workspaces, async () => {
      const row = await this.db.workspaces.get(id);
      const current = row ? WorkspaceEntrySchema.safeParse(row) : undefined;
      if (!current?.success) throw new Error(`Workspace ${id} is missing or damaged`);
      const next = WorkspaceEntrySchema.parse({ ...current.data, ...patch });
      await this.db.workspaces.put(next);
      return next;
    });
  }

  /** Everything stored for a workspace, as plain JSON, so damaged data can be handed to someone who can repair it. */
  async exportRaw(id: string): Promise<string> {
    const [row, updates] = await Promise.all([this.db.workspaces.get(id), this.db.updates.where('workspaceId').equals(id).sortBy('seq')]);
    return JSON.stringify(
      {
        format: 'coalition-desk/raw-workspace',
        version: 1,
        registryRow: row ?? null,
        updates: updates.map((update) => ({ seq: update.seq, encoding: 'yjs-update-v2', base64: toBase64(update.update) })),
      },
      null,
      2,
    );
  }
}

function sortKey(item: RegistryItem): string {
  return item.status === 'ok' ? (item.entry.lastOpenedAt ?? item.entry.createdAt) : '';
}
