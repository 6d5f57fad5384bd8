import { z } from 'zod';
import type { BackupSettings } from '../../shared/ipc/contract';
import { entityId } from '../../shared/validation';
import { DEFAULT_BACKUP_SETTINGS, RotatingBackupSettingsSchema } from './rotating-backups';

export const WindowBoundsSchema = z.object({
  x: z.number().int().finite(),
  y: z.number().int().finite(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

export interface Preferences {
  readonly windowBounds: WindowBounds | null;
  readonly lastWorkspaceId: string | null;
  readonly backups: BackupSettings;
}

export const DEFAULT_PREFERENCES: Preferences = { windowBounds: null, lastWorkspaceId: null, backups: DEFAULT_BACKUP_SETTINGS };

/** Where the main process keeps per-install preferences; the Electron-backed one lives in electron-preferences-store.ts. */
export interface PreferencesStore {
  read(): Preferences;
  setWindowBounds(bounds: WindowBounds): void;
  setLastWorkspaceId(id: string | null): void;
  setBackups(settings: BackupSettings): void;
}

// Each field falls back on its own, so one damaged value does not cost the user the others.
const windowBoundsField = WindowBoundsSchema.nullable().catch(null);
const lastWorkspaceIdField = entityId.nullable().catch(null);
const backupsField = RotatingBackupSettingsSchema.catch(DEFAULT_BACKUP_SETTINGS);

/** The store file is user-writable disk state: treat it as untrusted and never let it crash start-up. */
export function parsePreferences(raw: unknown): Preferences {
  const record: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  return {
    windowBounds: windowBoundsField.parse(record.windowBounds ?? null),
    lastWorkspaceId: lastWorkspaceIdField.parse(record.lastWorkspaceId ?? null),
    backups: backupsField.parse(record.backups ?? DEFAULT_BACKUP_SETTINGS),
  };
}
