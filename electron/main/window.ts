import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import type { Logger } from './logger';
import type { PreferencesStore } from './preferences';
import { saneWindowBounds } from './window-bounds';
import { mainWindowOptions } from './window-options';

export interface MainWindowDeps {
  readonly preferences: PreferencesStore;
  readonly preloadPath: string;
  readonly logger: Logger;
  /** An app page to open instead of the start page (an invite link). */
  readonly url?: string | undefined;
}

export function createMainWindow({ preferences, preloadPath, logger, url }: MainWindowDeps): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = saneWindowBounds(preferences.read().windowBounds, workAreas);
  const window = new BrowserWindow(mainWindowOptions(bounds, preloadPath));

  window.once('ready-to-show', () => window.show());
  // Normal bounds, so a maximised window reopens at the size the user last chose by hand.
  window.on('close', () => preferences.setWindowBounds(window.getNormalBounds()));

  window.loadURL(url ?? APP_ENTRY_URL).catch((error: unknown) => logger.warn('Renderer failed to load.', { error: String(error) }));
  return window;
}

/** Brings the existing window to the front, e.g. when the user launches the app a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
