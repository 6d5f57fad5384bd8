import { parsePreferences, type Preferences, type PreferencesStore } from './preferences';

/** Used when the store file cannot be opened at all, and by tests: the app still runs, it just forgets on quit. */
export function createMemoryPreferencesStore(initial: unknown = {}): PreferencesStore {
  let current: Preferences = parsePreferences(initial);
  return {
    read: () => current,
    setWindowBounds: (windowBounds) => {
      current = { ...current, windowBounds };
    },
    setLastWorkspaceId: (lastWorkspaceId) => {
      current = { ...current, lastWorkspaceId };
    },
    setBackups: (backups) => {
      current = { ...current, backups };
    },
  };
}
