import { unzipSync, zipSync, type Zippable } from 'fflate';
import { MAX_SYNC_FILE_BYTES, readSyncFileHeader, SYNC_FILE_EXTENSION } from '../sync/sync-file-header';
import { MAX_BACKUP_BYTES } from './backup-limits';

export { MAX_BACKUP_BYTES };

/**
 * The zip of a workspace backup (docs/backup-format.md), and the one way to take the sync file out
 * of one. Reading is bounded three ways before anything is unpacked: the file's size, its entry
 * count and the sizes its directory declares; the sync file itself then unpacks into a buffer of
 * its declared size (at most MAX_SYNC_FILE_BYTES), so an entry that lies about its size cannot
 * grow past it — the sync file's own digest then reports it as damaged.
 */
export const MAX_BACKUP_ENTRIES = 20_000;
export const MAX_BACKUP_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;
export const BACKUP_SYNC_FILE = `workspace${SYNC_FILE_EXTENSION}`;
export const BACKUP_JSON = 'workspace.json';
export const BACKUP_MIME_TYPE = 'application/zip';

export type BackupReadError = 'too-large' | 'not-a-backup' | 'damaged' | 'too-many-entries' | 'too-large-unpacked' | 'no-sync-file';
export type BackupRead = { ok: true; syncFile: Uint8Array; bare: boolean } | { ok: false; error: BackupReadError };

const ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);

/** Files already compressed (Word) are stored, not deflated again. */
export function packBackup(files: Readonly<Record<string, Uint8Array>>, modified = new Date()): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) zippable[name] = [bytes, { level: name.endsWith('.docx') ? 0 : 6, mtime: modified }];
  return zipSync(zippable);
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** A backup zip, or a bare `.coalition` sync file, which restores the same way. */
export function readBackup(bytes: Uint8Array, limits = { bytes: MAX_BACKUP_BYTES, entries: MAX_BACKUP_ENTRIES, unpacked: MAX_BACKUP_UNPACKED_BYTES }): BackupRead {
  if (bytes.length > limits.bytes) return { ok: false, error: 'too-large' };
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const header = readSyncFileHeader(bytes);
    return header.ok || header.error !== 'not-a-sync-file' ? { ok: true, syncFile: bytes, bare: true } : { ok: false, error: 'not-a-backup' };
  }
  // First pass: the central directory only (the filter refuses every entry, so nothing unpacks).
  let entries = 0;
  let unpacked = 0;
  let syncEntry: { size: number } | undefined;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        unpacked += file.originalSize;
        if (file.name === BACKUP_SYNC_FILE) syncEntry = { size: file.originalSize };
        return false;
      },
    });
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (entries > limits.entries) return { ok: false, error: 'too-many-entries' };
  if (unpacked > limits.unpacked) return { ok: false, error: 'too-large-unpacked' };
  if (!syncEntry) return { ok: false, error: 'no-sync-file' };
  if (syncEntry.size > MAX_SYNC_FILE_BYTES) return { ok: false, error: 'too-large-unpacked' };
  try {
    const syncFile = unzipSync(bytes, { filter: (file) => file.name === BACKUP_SYNC_FILE })[BACKUP_SYNC_FILE];
    return syncFile ? { ok: true, syncFile, bare: false } : { ok: false, error: 'no-sync-file' };
  } catch {
    return { ok: false, error: 'damaged' };
  }
}
