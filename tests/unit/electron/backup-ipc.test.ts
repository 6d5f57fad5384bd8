import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupImplementations } from '../../../electron/main/backup-ipc';
import { createMemoryPreferencesStore } from '../../../electron/main/memory-preferences-store';
import { parsePreferences } from '../../../electron/main/preferences';
import { nodeBackupFolder, rotatingBackupName } from '../../../electron/main/rotating-backups';

const WORKSPACE = 'c0a1b2c3-d4e5-4f60-8a7b-9c8d7e6f5a4b';
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(chosen: string | null) {
  dir = mkdtempSync(path.join(tmpdir(), 'backup-ipc-'));
  const preferences = createMemoryPreferencesStore({});
  const dialogs: number[] = [];
  const backups = backupImplementations({
    preferences,
    folderDialog: { chooseFolder: async () => (dialogs.push(1), chosen === null ? null : path.join(dir, chosen)) },
    backupFolder: nodeBackupFolder,
  });
  return { backups, preferences, dialogs };
}

describe('automatic backups through the bridge', () => {
  it('are off until a folder is chosen and they are turned on; then save, list and read back only their own files', async () => {
    const { backups } = setup('backups');
    expect(await backups['backups:get-settings']()).toEqual({ enabled: false, folder: null, keep: 7 });
    expect(await backups['backups:is-due'](WORKSPACE)).toBe(false);
    await expect(backups['backups:save']({ workspaceId: WORKSPACE, contents: Uint8Array.of(1) })).rejects.toThrow(/turned off/);

    const chosen = await backups['backups:choose-folder']();
    expect(chosen.folder).toBe(path.join(dir, 'backups'));
    expect(await backups['backups:set-settings']({ enabled: true, keep: 2 })).toEqual({ enabled: true, folder: path.join(dir, 'backups'), keep: 2 });
    expect(await backups['backups:is-due'](WORKSPACE)).toBe(true);

    const saved = await backups['backups:save']({ workspaceId: WORKSPACE, contents: new TextEncoder().encode('PK zip') });
    expect(saved).toEqual({ name: rotatingBackupName(WORKSPACE, new Date()), removed: [] });
    expect(await backups['backups:is-due'](WORKSPACE)).toBe(false);
    writeFileSync(path.join(dir, 'backups', 'notes.txt'), 'the member keeps this here');
    writeFileSync(path.join(dir, 'backups', `coalition-backup-${WORKSPACE}-2026-01-01.zip`), 'older');
    const listed = await backups['backups:list']();
    expect(listed.map((backup) => backup.name)).toEqual([saved.name, `coalition-backup-${WORKSPACE}-2026-01-01.zip`]);
    expect(listed[0]).toMatchObject({ workspaceId: WORKSPACE });
    expect(new TextDecoder().decode(await backups['backups:read'](saved.name))).toBe('PK zip');
    await expect(backups['backups:read']('notes.txt')).rejects.toThrow(/Not an automatic backup/);
    expect(readdirSync(path.join(dir, 'backups')).sort()).toContain('notes.txt');
  });

  it('keep the settings when the folder dialog is cancelled, and never take a relative folder from a damaged store', async () => {
    const { backups, dialogs } = setup(null);
    await backups['backups:set-settings']({ enabled: true, keep: 5 });
    expect(await backups['backups:choose-folder']()).toEqual({ enabled: true, folder: null, keep: 5 });
    expect(dialogs).toHaveLength(1);
    expect(await backups['backups:list']()).toEqual([]);
    expect(parsePreferences({ backups: { enabled: true, folder: 'relative/dir', keep: 3 } }).backups).toEqual({ enabled: false, folder: null, keep: 7 });
    expect(parsePreferences({ backups: { enabled: true, folder: '/srv/backups', keep: 3 } }).backups).toEqual({ enabled: true, folder: '/srv/backups', keep: 3 });
  });
});
