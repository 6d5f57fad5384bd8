import type { z } from 'zod';
import { ipcContract, type AppInfo, type IpcChannel, type IpcContract, type OpenedSyncFile } from '../../shared/ipc/contract';
import type { LanController } from '../sync/lan-controller';
import { backupImplementations, type BackupIpcDeps } from './backup-ipc';
import { exportPdf, type PdfPrinter } from './pdf-export';
import { isTrustedSender, type FrameIdentity } from './ipc-sender';
import type { Logger } from './logger';
import type { SecretBox } from './secret-box';
import type { PreferencesStore } from './preferences';

/** The subset of Electron's IpcMain / IpcMainInvokeEvent we rely on, so tests can drive handlers in plain Node. */
export interface InvokeEventLike {
  readonly senderFrame: FrameIdentity | null;
}
export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;
export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}

export interface SaveDialog {
  /** The path the user chose, or null when they cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}
export interface FileWriter {
  writeTextFile(filePath: string, contents: string): Promise<void>;
  writeBinaryFile(filePath: string, contents: Uint8Array): Promise<void>;
}

export interface IpcHandlerDeps {
  readonly ipcMain: IpcMainLike;
  readonly logger: Logger;
  readonly preferences: PreferencesStore;
  readonly saveDialog: SaveDialog;
  readonly fileWriter: FileWriter;
  readonly appInfo: () => AppInfo;
  /** The main frame of our window, or null while there is none. */
  readonly mainFrame: () => FrameIdentity | null;
  /** Hosting and finding a meeting on the LAN. */
  readonly lan: LanControllerLike;
  /** Seals the install's signing key with the OS credential store. */
  readonly secretBox: SecretBox;
  /** Sync files the OS asked the app to open, until the renderer takes them. */
  readonly openedSyncFiles: { take(): OpenedSyncFile[] };
  /** Prints our window (the only trusted sender) to PDF. */
  readonly pdfPrinter: PdfPrinter;
  /** Automatic daily backups: the folder dialog and the folder itself. */
  readonly folderDialog: BackupIpcDeps['folderDialog'];
  readonly backupFolder: BackupIpcDeps['backupFolder'];
}

/** The part of the LAN controller the renderer may reach. */
export type LanControllerLike = Omit<LanController, 'dispose'>;

type Args<C extends IpcChannel> = z.output<IpcContract[C]['args']>;
type Result<C extends IpcChannel> = z.input<IpcContract[C]['result']>;

/** One implementation per contract entry; the mapped type makes a missing or extra channel a compile error. */
export type IpcImplementations = { [C in IpcChannel]: (...args: Args<C>) => Promise<Result<C>> };

export function createIpcImplementations(
  deps: Pick<IpcHandlerDeps, 'preferences' | 'saveDialog' | 'fileWriter' | 'appInfo' | 'lan' | 'secretBox' | 'openedSyncFiles' | 'pdfPrinter' | 'folderDialog' | 'backupFolder'>,
): IpcImplementations {
  return {
    ...backupImplementations(deps),
    'app:get-info': async () => deps.appInfo(),
    'secrets:seal': async (plainText) => deps.secretBox.seal(plainText),
    'secrets:protection': async () => deps.secretBox.protection(),
    'secrets:open': async (sealed) => deps.secretBox.open(sealed),
    'preferences:get': async () => ({ lastWorkspaceId: deps.preferences.read().lastWorkspaceId }),
    'preferences:set-last-workspace': async (id) => {
      deps.preferences.setLastWorkspaceId(id);
      return null;
    },
    'file:save': async ({ suggestedName, contents }) => {
      const filePath = await deps.saveDialog.chooseSavePath(suggestedName);
      if (filePath === null) return { saved: false };
      await deps.fileWriter.writeTextFile(filePath, contents);
      return { saved: true };
    },
    'file:save-bytes': async ({ suggestedName, contents }) => {
      const filePath = await deps.saveDialog.chooseSavePath(suggestedName);
      if (filePath === null) return { saved: false };
      await deps.fileWriter.writeBinaryFile(filePath, contents);
      return { saved: true };
    },
    'export:pdf': async (request) => exportPdf(request, { saveDialog: deps.saveDialog, fileWriter: deps.fileWriter, printer: deps.pdfPrinter }),
    'sync-files:take-opened': async () => deps.openedSyncFiles.take(),
    'lan:list-addresses': async () => deps.lan.addresses(),
    'lan:start-hosting': async (request) => deps.lan.startHosting(request),
    'lan:stop-hosting': async () => deps.lan.stopHosting(),
    'lan:hosting-status': async () => deps.lan.hostingStatus(),
    'lan:start-discovery': async () => {
      deps.lan.startDiscovery();
      return null;
    },
    'lan:stop-discovery': async () => {
      await deps.lan.stopDiscovery();
      return null;
    },
    'lan:list-discovered': async () => deps.lan.discovered(),
  };
}

function guarded<C extends IpcChannel>(
  channel: C,
  implementation: IpcImplementations[C],
  deps: Pick<IpcHandlerDeps, 'logger' | 'mainFrame'>,
): InvokeListener {
  const entry: IpcContract[C] = ipcContract[channel];
  return async (event, ...rawArgs) => {
    // Checked before anything else, so an untrusted frame learns nothing from validation errors either.
    if (!isTrustedSender(event.senderFrame, deps.mainFrame())) {
      deps.logger.warn('IPC refused: untrusted sender.', { channel, senderUrl: event.senderFrame?.url ?? null });
      throw new Error(`IPC ${channel} refused: untrusted sender.`);
    }
    const parsed = entry.args.safeParse(rawArgs);
    if (!parsed.success) {
      // Paths and messages only: the arguments themselves may be large or private.
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`);
      deps.logger.warn('IPC refused: invalid arguments.', { channel, issues });
      throw new Error(`IPC ${channel} refused: invalid arguments.`);
    }
    // The schema and the implementation are indexed by the same channel; TypeScript cannot correlate them.
    const args = parsed.data as Args<C>;
    return entry.result.parse(await implementation(...args));
  };
}

/** Registers one `ipcMain.handle` per contract entry, each checking its sender and parsing its arguments first. */
export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  const implementations = createIpcImplementations(deps);
  for (const channel of Object.keys(ipcContract) as IpcChannel[]) {
    deps.ipcMain.handle(channel, guarded(channel, implementations[channel], deps));
  }
}
