import Store from 'electron-store';
import type { Logger } from './logger';
import { createMemoryPreferencesStore } from './memory-preferences-store';
import { DEFAULT_PREFERENCES, parsePreferences, type PreferencesStore } from './preferences';

/**
 * Preferences in the user-data folder via electron-store. Every call is guarded: preferences are a
 * convenience, so a corrupt or read-only file degrades to defaults instead of stopping the app.
 */
export function openElectronPreferencesStore(logger: Logger): PreferencesStore {
  let store: Store;
  try {
    // clearInvalidConfig: malformed JSON is replaced by an empty store rather than thrown at start-up.
    store = new Store({ name: 'preferences', clearInvalidConfig: true });
  } catch (error) {
    logger.warn('Preferences file could not be opened; using defaults for this session.', { error: String(error) });
    return createMemoryPreferencesStore();
  }

  const write = (key: string, value: unknown): void => {
    try {
      store.set(key, value);
    } catch (error) {
      logger.warn('Preference could not be saved.', { key, error: String(error) });
    }
  };

  return {
    read: () => {
      try {
        return parsePreferences(store.store);
      } catch (error) {
        logger.warn('Preferences file could not be read; using defaults.', { error: String(error) });
        return DEFAULT_PREFERENCES;
      }
    },
    setWindowBounds: (bounds) => write('windowBounds', bounds),
    setLastWorkspaceId: (id) => write('lastWorkspaceId', id),
    setBackups: (settings) => write('backups', settings),
  };
}
