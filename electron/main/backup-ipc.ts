import type { BackupSettings } from '../../shared/ipc/contract';
import type { IpcImplementations } from './ipc-handlers';
import type { PreferencesStore } from './preferences';
import { isBackupDue, listRotatingBackups, saveRotatingBackup, type BackupFolder } from './rotating-backups';

export interface FolderDialog {
  /** The folder the user chose, or null when they cancelled. */
  chooseFolder(): Promise<string | null>;
}

export interface BackupIpcDeps {
  readonly preferences: PreferencesStore;
  readonly folderDialog: FolderDialog;
  readonly backupFolder: (dir: string) => BackupFolder;
}

type BackupChannel = Extract<keyof IpcImplementations, `backups:${string}`>;

/**
 * The bridge's half of automatic backups. The folder comes only from the main process's own dialog,
 * and files are only ever named by rotating-backups.ts, so a compromised page can neither write nor
 * read outside that folder nor touch the files the member keeps beside the backups.
 */
export function backupImplementations(deps: BackupIpcDeps): Pick<IpcImplementations, BackupChannel> {
  const settings = (): BackupSettings => deps.preferences.read().backups;
  const activeFolder = (): BackupFolder | undefined => {
    const { enabled, folder } = settings();
    return enabled && folder !== null ? deps.backupFolder(folder) : undefined;
  };
  return {
    'backups:get-settings': async () => settings(),
    'backups:set-settings': async (choice) => {
      deps.preferences.setBackups({ ...settings(), ...choice });
      return settings();
    },
    'backups:choose-folder': async () => {
      const folder = await deps.folderDialog.chooseFolder();
      if (folder !== null) deps.preferences.setBackups({ ...settings(), folder });
      return settings();
    },
    'backups:is-due': async (workspaceId) => {
      const folder = activeFolder();
      return folder ? isBackupDue(await folder.list(), workspaceId, new Date()) : false;
    },
    'backups:save': async ({ workspaceId, contents }) => {
      const folder = activeFolder();
      if (!folder) throw new Error('Automatic backups are turned off');
      return saveRotatingBackup(folder, workspaceId, contents, settings().keep);
    },
    'backups:list': async () => {
      const { folder } = settings();
      return folder === null ? [] : listRotatingBackups(await deps.backupFolder(folder).list());
    },
    'backups:read': async (name) => {
      const { folder } = settings();
      if (folder === null) throw new Error('No backup folder is set');
      return deps.backupFolder(folder).read(name);
    },
  };
}
