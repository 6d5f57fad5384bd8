import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { FolderDialog } from './backup-ipc';
import type { FileWriter, SaveDialog } from './ipc-handlers';

/** The native save dialog, opened over our window (modal) in the user's Documents folder. */
export function electronSaveDialog(window: () => BrowserWindow | null): SaveDialog {
  return {
    async chooseSavePath(suggestedName) {
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/** The native folder picker for automatic backups, starting in Documents; it may create the folder. */
export function electronFolderDialog(window: () => BrowserWindow | null): FolderDialog {
  return {
    async chooseFolder() {
      const options = { defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

export const nodeFileWriter: FileWriter = {
  writeTextFile: (filePath, contents) => writeFile(filePath, contents, 'utf8'),
  writeBinaryFile: (filePath, contents) => writeFile(filePath, contents),
};
