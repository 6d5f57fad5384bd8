import { z } from 'zod';
import { entityId } from '../validation';
import {
  DiscoveredLanHostsSchema,
  LanAddressSchema,
  LanHostingRequestSchema,
  LanHostingStatusSchema,
} from '../sync/lan-protocol';
import { MAX_SYNC_FILE_BYTES } from '../sync/sync-file-header';
import { MAX_BACKUP_BYTES } from '../backup/backup-limits';

/**
 * The single source of truth for what the renderer may ask of the main process. The preload
 * exposes one named function per entry; the main process registers one handler per entry and
 * parses the arguments with `args` before doing anything.
 */
export const MAX_SAVED_FILE_CHARS = 64 * 1024 * 1024;

export const WindowPreferencesSchema = z.object({
  lastWorkspaceId: entityId.nullable(),
});
export type WindowPreferences = z.infer<typeof WindowPreferencesSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const SuggestedFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // A bare file name only: the user picks the folder in the save dialog.
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', 'must be a file name, not a path');

const bytesUpTo = (max: number) => z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= max, `bytes, at most ${max}`);

export const SaveFileRequestSchema = z.object({
  suggestedName: SuggestedFileNameSchema,
  contents: z.string().max(MAX_SAVED_FILE_CHARS),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export const SaveFileResultSchema = z.object({ saved: z.boolean() });

/** Binary files (sync files) cross the bridge as bytes, not as text. */
export const SaveBytesRequestSchema = z.object({ suggestedName: SuggestedFileNameSchema, contents: bytesUpTo(MAX_SYNC_FILE_BYTES) });
export type SaveBytesRequest = z.infer<typeof SaveBytesRequestSchema>;

/** A PDF of the page's print view (the document with its annex): the main process prints the sender itself. */
export const ExportPdfRequestSchema = z.object({
  suggestedName: SuggestedFileNameSchema.refine((name) => /\.pdf$/i.test(name), 'must end in .pdf'),
});
export type ExportPdfRequest = z.infer<typeof ExportPdfRequestSchema>;

export const SecretProtectionSchema = z.enum(['os', 'no-keyring', 'unavailable']);
export type SecretProtection = z.infer<typeof SecretProtectionSchema>;

/** A `.coalition` file the OS asked the app to open, read by the main process within the size limit. */
export const OpenedSyncFileSchema = z.object({ fileName: z.string().min(1).max(255), contents: bytesUpTo(MAX_SYNC_FILE_BYTES) });
export type OpenedSyncFile = z.infer<typeof OpenedSyncFileSchema>;
export const MAX_OPENED_SYNC_FILES = 16;

/**
 * Automatic daily backups on the desktop (docs/decisions/0034-workspace-backup.md): the folder is
 * only ever set by the main process's own folder dialog, never by a path the renderer sends.
 */
export const BackupSettingsSchema = z.object({
  enabled: z.boolean(),
  folder: z.string().min(1).max(4096).nullable(),
  keep: z.number().int().min(1).max(365),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;
export const BackupChoiceSchema = BackupSettingsSchema.pick({ enabled: true, keep: true }).strict();
export const BACKUP_FILE_NAME = /^coalition-backup-([0-9A-Za-z_-]{1,64})-(\d{4}-\d{2}-\d{2})\.zip$/;
export const BackupFileNameSchema = z.string().max(200).regex(BACKUP_FILE_NAME);
export const RotatingBackupSchema = z.object({ name: BackupFileNameSchema, workspaceId: entityId, day: z.iso.date() });
export type RotatingBackup = z.infer<typeof RotatingBackupSchema>;
export const MAX_LISTED_BACKUPS = 4096;

export const ipcContract = {
  'app:get-info': { method: 'getAppInfo', args: z.tuple([]), result: AppInfoSchema },
  'preferences:get': { method: 'getPreferences', args: z.tuple([]), result: WindowPreferencesSchema },
  'preferences:set-last-workspace': {
    method: 'setLastWorkspace',
    args: z.tuple([entityId.nullable()]),
    result: z.null(),
  },
  'file:save': { method: 'saveFile', args: z.tuple([SaveFileRequestSchema]), result: SaveFileResultSchema },
  'file:save-bytes': { method: 'saveBytesFile', args: z.tuple([SaveBytesRequestSchema]), result: SaveFileResultSchema },
  'export:pdf': { method: 'exportPdf', args: z.tuple([ExportPdfRequestSchema]), result: SaveFileResultSchema },
  // Sync files opened with the app (docs/decisions/0012-sync-files.md): handed over once, then forgotten.
  'sync-files:take-opened': { method: 'takeOpenedSyncFiles', args: z.tuple([]), result: z.array(OpenedSyncFileSchema).max(MAX_OPENED_SYNC_FILES) },
  // The install's signing key, sealed by the OS credential store (Electron safeStorage); null where
  // unavailable. 'no-keyring': safeStorage seals with a fixed key (Linux 'basic_text'), which protects nothing.
  'secrets:protection': { method: 'secretProtection', args: z.tuple([]), result: SecretProtectionSchema },
  'secrets:seal': { method: 'sealSecret', args: z.tuple([z.string().min(1).max(8192)]), result: z.string().max(32768).nullable() },
  'secrets:open': {
    method: 'openSecret',
    args: z.tuple([z.string().min(1).max(32768)]),
    result: z.object({ plainText: z.string().max(8192), resealed: z.string().max(32768).nullable() }).nullable(),
  },
  // Meeting on a LAN without internet (docs/decisions/0007-lan-hosting.md).
  'lan:list-addresses': { method: 'listLanAddresses', args: z.tuple([]), result: z.array(LanAddressSchema).max(64) },
  'lan:start-hosting': { method: 'startLanHosting', args: z.tuple([LanHostingRequestSchema]), result: LanHostingStatusSchema },
  'lan:stop-hosting': { method: 'stopLanHosting', args: z.tuple([]), result: LanHostingStatusSchema },
  'lan:hosting-status': { method: 'getLanHostingStatus', args: z.tuple([]), result: LanHostingStatusSchema },
  'lan:start-discovery': { method: 'startLanDiscovery', args: z.tuple([]), result: z.null() },
  'lan:stop-discovery': { method: 'stopLanDiscovery', args: z.tuple([]), result: z.null() },
  'lan:list-discovered': { method: 'listLanHosts', args: z.tuple([]), result: DiscoveredLanHostsSchema },
  'backups:get-settings': { method: 'getBackupSettings', args: z.tuple([]), result: BackupSettingsSchema },
  'backups:set-settings': { method: 'setBackupSettings', args: z.tuple([BackupChoiceSchema]), result: BackupSettingsSchema },
  // Opens the folder dialog in the main process; cancelling leaves the settings as they were.
  'backups:choose-folder': { method: 'chooseBackupFolder', args: z.tuple([]), result: BackupSettingsSchema },
  'backups:is-due': { method: 'isBackupDue', args: z.tuple([entityId]), result: z.boolean() },
  'backups:save': {
    method: 'saveRotatingBackup',
    args: z.tuple([z.object({ workspaceId: entityId, contents: bytesUpTo(MAX_BACKUP_BYTES) })]),
    result: z.object({ name: BackupFileNameSchema, removed: z.array(BackupFileNameSchema).max(MAX_LISTED_BACKUPS) }),
  },
  'backups:list': { method: 'listRotatingBackups', args: z.tuple([]), result: z.array(RotatingBackupSchema).max(MAX_LISTED_BACKUPS) },
  'backups:read': { method: 'readRotatingBackup', args: z.tuple([BackupFileNameSchema]), result: bytesUpTo(MAX_BACKUP_BYTES) },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;

/** What the preload puts on `window.desktopBridge`: one async function per contract entry. */
export type DesktopBridge = {
  [C in IpcChannel as IpcContract[C]['method']]: (
    ...args: z.input<IpcContract[C]['args']>
  ) => Promise<z.output<IpcContract[C]['result']>>;
};

export const DESKTOP_BRIDGE_KEY = 'desktopBridge';
