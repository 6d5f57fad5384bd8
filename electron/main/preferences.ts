import { z } from 'zod';
import { entityId } from '../../shared/validation';

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
}

export const DEFAULT_PREFERENCES: Preferences = { windowBounds: null, lastWorkspaceId: null };

/** Where the main process keeps per-install preferences; the Electron-backed one lives in electron-preferences-store.ts. */
export interface PreferencesStore {
  read(): Preferences;
  setWindowBounds(bounds: WindowBounds): void;
  setLastWorkspaceId(id: string | null): void;
}

// Each field falls back on its own, so one damaged value does not cost the user the others.
const windowBoundsField = WindowBoundsSchema.nullable().catch(null);
const lastWorkspaceIdField = entityId.nullable().catch(null);

/** The store file is user-writable disk state: treat it as untrusted and never let it crash start-up. */
export function parsePreferences(raw: unknown): Preferences {
  const record: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  return {
    windowBounds: windowBoundsField.parse(record.windowBounds ?? null),
    lastWorkspaceId: lastWorkspaceIdField.parse(record.lastWorkspaceId ?? null),
  };
}
