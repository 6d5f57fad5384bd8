import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBackupDue, nodeBackupFolder, RotatingBackupSettingsSchema, rotatingBackupName, saveRotatingBackup } from '../../../electron/main/rotating-backups';

const WORKSPACE = 'c0a1b2c3-d4e5-4f60-8a7b-9c8d7e6f5a4b';
const OTHER = 'f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b';
const at = (date: string) => new Date(`${date}T09:30:00.000Z`);

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rotating desktop backups', () => {
  it('write one backup a day and keep the newest N, never touching other files', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rotating-'));
    writeFileSync(path.join(dir, 'holiday-photos.zip'), 'not ours');
    const folder = nodeBackupFolder(dir);
    await saveRotatingBackup(folder, OTHER, Uint8Array.of(9), 1, at('2026-11-01'));
    for (const date of ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']) await saveRotatingBackup(folder, WORKSPACE, new TextEncoder().encode(date), 3, at(date));
    const saved = await saveRotatingBackup(folder, WORKSPACE, new TextEncoder().encode('today'), 3, at('2026-12-02'));
    expect(saved.removed).toEqual([rotatingBackupName(WORKSPACE, at('2026-11-29'))]);
    expect(readdirSync(dir).sort()).toEqual([
      `coalition-backup-${WORKSPACE}-2026-11-30.zip`,
      `coalition-backup-${WORKSPACE}-2026-12-01.zip`,
      `coalition-backup-${WORKSPACE}-2026-12-02.zip`,
      `coalition-backup-${OTHER}-2026-11-01.zip`,
      'holiday-photos.zip',
    ]);
    expect(readFileSync(path.join(dir, saved.name), 'utf8')).toBe('today');
  });

  it('are due once a day per workspace, and a second save the same day replaces the first', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rotating-'));
    const folder = nodeBackupFolder(path.join(dir, 'not-yet-made'));
    expect(isBackupDue(await folder.list(), WORKSPACE, at('2026-12-02'))).toBe(true);
    await saveRotatingBackup(folder, WORKSPACE, Uint8Array.of(1), 7, at('2026-12-02'));
    await saveRotatingBackup(folder, WORKSPACE, Uint8Array.of(2), 7, new Date('2026-12-02T22:00:00.000Z'));
    const names = await folder.list();
    expect(names).toEqual([`coalition-backup-${WORKSPACE}-2026-12-02.zip`]);
    expect(isBackupDue(names, WORKSPACE, at('2026-12-02'))).toBe(false);
    expect(isBackupDue(names, OTHER, at('2026-12-02'))).toBe(true);
    expect(isBackupDue(names, WORKSPACE, at('2026-12-03'))).toBe(true);
  });

  it('refuse a relative folder, a keep of zero, and an id that would leave the folder', () => {
    expect(RotatingBackupSettingsSchema.safeParse({ enabled: true, folder: 'backups', keep: 7 }).success).toBe(false);
    expect(RotatingBackupSettingsSchema.safeParse({ enabled: true, folder: path.join(tmpdir(), 'b'), keep: 0 }).success).toBe(false);
    expect(RotatingBackupSettingsSchema.safeParse({ enabled: true, folder: path.join(tmpdir(), 'b'), keep: 7 }).success).toBe(true);
    expect(() => rotatingBackupName('../../etc', at('2026-12-02'))).toThrow();
  });
});
