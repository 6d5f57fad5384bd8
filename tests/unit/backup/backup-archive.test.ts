import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_SYNC_FILE, packBackup, readBackup } from '../../../shared/backup/backup-archive';
import { encodeHeader } from '../../../shared/sync/sync-file-header';

const SYNC = (() => {
  const header = encodeHeader('w-1', 40);
  const bytes = new Uint8Array(header.length + 40 + 32);
  bytes.set(header);
  bytes.fill(7, header.length);
  return bytes;
})();
const LIMITS = { bytes: 1024 * 1024, entries: 10, unpacked: 64 * 1024 };

/** The central directory's record of the named entry, to make a zip lie about itself. */
function centralRecord(zip: Uint8Array, name: string): number {
  for (let at = zip.length - 22; at >= 0; at--) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 1 && zip[at + 3] === 2) {
      const nameLength = new DataView(zip.buffer).getUint16(at + 28, true);
      if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) return at;
    }
  }
  throw new Error('no such entry');
}

describe('a backup zip', () => {
  it('holds the files given, Word stored as is, and yields its sync file', () => {
    const zip = packBackup({ 'workspace.json': strToU8('{}'), 'documents/Charter.docx': strToU8('PK-not-really'), [BACKUP_SYNC_FILE]: SYNC });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['documents/Charter.docx', 'workspace.coalition', 'workspace.json']);
    const read = readBackup(zip);
    expect(read).toEqual({ ok: true, syncFile: SYNC, bare: false });
  });

  it('takes a bare sync file as it is', () => {
    expect(readBackup(SYNC)).toEqual({ ok: true, syncFile: SYNC, bare: true });
  });

  it('refuses what is not a backup, a damaged zip, and a zip with no sync file', () => {
    expect(readBackup(strToU8('%PDF-1.7 hello'))).toEqual({ ok: false, error: 'not-a-backup' });
    const zip = packBackup({ 'workspace.json': strToU8('{"a":1}'), [BACKUP_SYNC_FILE]: SYNC });
    expect(readBackup(zip.subarray(0, zip.length - 30))).toEqual({ ok: false, error: 'damaged' });
    expect(readBackup(packBackup({ 'workspace.json': strToU8('{}') }))).toEqual({ ok: false, error: 'no-sync-file' });
  });

  it('refuses a file too large before reading it, and too many entries', () => {
    expect(readBackup(new Uint8Array(LIMITS.bytes + 1), LIMITS)).toEqual({ ok: false, error: 'too-large' });
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, n) => [`f${n}.txt`, strToU8('x')]));
    expect(readBackup(packBackup({ ...many, [BACKUP_SYNC_FILE]: SYNC }), LIMITS)).toEqual({ ok: false, error: 'too-many-entries' });
  });

  it('refuses a zip bomb by the sizes it declares, before unpacking', () => {
    // 1 MB of zeros deflates to about a kilobyte: a thousandfold, the shape of a bomb.
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(1024 * 1024), [BACKUP_SYNC_FILE]: SYNC });
    expect(bomb.length).toBeLessThan(4 * 1024);
    expect(readBackup(bomb, LIMITS)).toEqual({ ok: false, error: 'too-large-unpacked' });
  });

  it('never unpacks a sync entry past the size it declares, even when that size is a lie', () => {
    const zip = zipSync({ [BACKUP_SYNC_FILE]: new Uint8Array(4 * 1024 * 1024) });
    new DataView(zip.buffer).setUint32(centralRecord(zip, BACKUP_SYNC_FILE) + 24, 100, true);
    const read = readBackup(zip, LIMITS);
    expect(read.ok && read.syncFile.length).toBe(100);
  });
});
