import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { App } from 'electron';
import { MAX_OPENED_SYNC_FILES, type OpenedSyncFile } from '../../shared/ipc/contract';
import { MAX_SYNC_FILE_BYTES, readSyncFileHeader, SYNC_FILE_EXTENSION } from '../../shared/sync/sync-file-header';
import { APP_ENTRY_URL } from './app-origin';
import type { Logger } from './logger';

/** `.coalition` files among launch arguments (Windows, Linux); flags and the app's own path are not files. */
export function syncFilePathsIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(SYNC_FILE_EXTENSION));
}

/** The app page where a sync file of this workspace is loaded: its Sharing tab. */
export function sharingUrlFor(workspaceId: string): string {
  return `${APP_ENTRY_URL}#/w/${encodeURIComponent(workspaceId)}/sharing`;
}

export interface SyncFileSource {
  size(filePath: string): Promise<number>;
  read(filePath: string): Promise<Uint8Array>;
}

export const nodeSyncFileSource: SyncFileSource = {
  size: async (filePath) => (await stat(filePath)).size,
  read: (filePath) => readFile(filePath),
};

/**
 * Sync files the OS asked the app to open, kept until the renderer takes them (it asks when its
 * Sharing tab shows or the window gains focus), so a file opened before the window exists is not
 * lost. The size is checked before reading; everything else the renderer checks, as for any file.
 */
export class OpenedSyncFiles {
  private queue: OpenedSyncFile[] = [];

  constructor(
    private readonly source: SyncFileSource,
    private readonly logger: Logger,
  ) {}

  /** Queues the file; resolves to the workspace it names (unverified, for navigation only), if any. */
  async add(filePath: string): Promise<string | undefined> {
    try {
      if ((await this.source.size(filePath)) > MAX_SYNC_FILE_BYTES) {
        this.logger.warn('Ignored a sync file larger than the limit.', { bytes: MAX_SYNC_FILE_BYTES });
        return undefined;
      }
      const contents = await this.source.read(filePath);
      if (contents.byteLength > MAX_SYNC_FILE_BYTES) return undefined;
      // Oldest dropped first: sixteen files waiting means the renderer is not taking them.
      this.queue = [...this.queue, { fileName: path.basename(filePath).slice(0, 255) || SYNC_FILE_EXTENSION, contents }].slice(-MAX_OPENED_SYNC_FILES);
      const header = readSyncFileHeader(contents);
      return header.ok ? header.value.workspaceId : undefined;
    } catch (error) {
      this.logger.warn('Could not read a sync file the app was asked to open.', { error: String(error) });
      return undefined;
    }
  }

  take(): OpenedSyncFile[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }
}

/**
 * Wires the three ways the OS hands the app a file: launch arguments (Windows, Linux), a second
 * launch while running (same), and open-file (macOS, which may fire before the app is ready).
 * `show` gets the workspace the file names, to bring its Sharing tab forward.
 */
export function registerSyncFileOpening(app: Pick<App, 'on'>, argv: readonly string[], files: OpenedSyncFiles, show: (workspaceId: string | undefined) => void): void {
  const open = (filePath: string) => void files.add(filePath).then(show);
  syncFilePathsIn(argv).forEach(open);
  app.on('second-instance', (_event, secondArgv) => syncFilePathsIn(secondArgv).forEach(open));
  app.on('open-file', (event, filePath) => {
    if (!filePath.toLowerCase().endsWith(SYNC_FILE_EXTENSION)) return;
    event.preventDefault();
    open(filePath);
  });
}
