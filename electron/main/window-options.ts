import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './preferences';
import { MIN_WINDOW_SIZE } from './window-bounds';

/** The renderer gets no Node and no Electron: it reaches the main process only through the preload's bridge. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

export function mainWindowOptions(bounds: Partial<WindowBounds>, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Coalition desk',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
