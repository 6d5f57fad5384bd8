import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_BACKUP_BYTES } from '../../shared/backup/backup-limits';
import { BACKUP_FILE_NAME, BackupSettingsSchema, type BackupSettings, type RotatingBackup } from '../../shared/ipc/contract';

/**
 * Automatic daily backups on the desktop (issue 12, part 4): one workspace backup zip
 * (docs/backup-format.md) a day per workspace, in a folder the member picks, the newest `keep`
 * kept. Only files this module named are ever listed or removed: the folder may hold anything else.
 * Settings and the bridge: backup-ipc.ts; docs/decisions/0034-workspace-backup.md.
 */
/** A folder only counts when absolute: a relative one would depend on where the app was started. */
export const RotatingBackupSettingsSchema = BackupSettingsSchema.refine((settings) => settings.folder === null || path.isAbsolute(settings.folder), {
  message: 'errors.folderNotAbsolute',
  path: ['folder'],
});

export const DEFAULT_KEEP = 7;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { enabled: false, folder: null, keep: DEFAULT_KEEP };

/** The folder as this module needs it, so tests can use a real temporary directory or a fake. */
export interface BackupFolder {
  list(): Promise<string[]>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
  /** One of this module's files; anything larger than a backup may be is refused unread. */
  read(name: string): Promise<Uint8Array>;
}

const NAME = BACKUP_FILE_NAME;

function day(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** e.g. coalition-backup-<workspace id>-2026-12-02.zip: the id, not the name, so a rename keeps the series. */
export function rotatingBackupName(workspaceId: string, now: Date): string {
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(workspaceId)) throw new Error('A workspace id names a file only when it is plain');
  return `coalition-backup-${workspaceId}-${day(now)}.zip`;
}

/** This workspace's backups in the folder, oldest first (the date sorts as text). */
export function backupsOf(names: readonly string[], workspaceId: string): string[] {
  return names.filter((name) => NAME.exec(name)?.[1] === workspaceId).sort();
}

/** Daily: due when no backup of this workspace carries today's (UTC) date. */
export function isBackupDue(names: readonly string[], workspaceId: string, now: Date): boolean {
  return !backupsOf(names, workspaceId).includes(rotatingBackupName(workspaceId, now));
}

/** Every backup this module wrote in the folder, newest first; other files are not listed. */
export function listRotatingBackups(names: readonly string[]): RotatingBackup[] {
  const backups: RotatingBackup[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (match?.[1] && match[2]) backups.push({ name, workspaceId: match[1], day: match[2] });
  }
  return backups.sort((a, b) => b.day.localeCompare(a.day) || a.name.localeCompare(b.name));
}

export function backupsToRemove(names: readonly string[], workspaceId: string, keep: number): string[] {
  const own = backupsOf(names, workspaceId);
  return own.slice(0, Math.max(0, own.length - keep));
}

export interface SavedBackup {
  name: string;
  removed: string[];
}

/** Writes today's backup (replacing today's earlier one), then removes this workspace's oldest beyond `keep`. */
export async function saveRotatingBackup(folder: BackupFolder, workspaceId: string, bytes: Uint8Array, keep: number, now = new Date()): Promise<SavedBackup> {
  const name = rotatingBackupName(workspaceId, now);
  await folder.write(name, bytes);
  const removed = backupsToRemove(await folder.list(), workspaceId, keep);
  for (const old of removed) await folder.remove(old);
  return { name, removed };
}

/** A real folder; a backup is written beside its final name and renamed, so a crash never leaves half a zip under it. */
export function nodeBackupFolder(dir: string): BackupFolder {
  return {
    list: async () => {
      try {
        return await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    write: async (name, bytes) => {
      await mkdir(dir, { recursive: true });
      const partial = path.join(dir, `${name}.partial`);
      await writeFile(partial, bytes);
      await rename(partial, path.join(dir, name));
    },
    remove: (name) => rm(path.join(dir, name), { force: true }),
    read: async (name) => {
      if (!NAME.test(name)) throw new Error('Not an automatic backup of this app');
      const file = path.join(dir, name);
      if ((await stat(file)).size > MAX_BACKUP_BYTES) throw new Error('The backup is larger than any backup this app writes');
      return new Uint8Array(await readFile(file));
    },
  };
}
