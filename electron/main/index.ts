import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session, shell } from 'electron';
import { registerAppSchemeAsPrivileged, serveRendererOnAppScheme } from './app-protocol';
import { electronSaveDialog, nodeFileWriter } from './electron-file-saver';
import { openElectronPreferencesStore } from './electron-preferences-store';
import { registerIpcHandlers } from './ipc-handlers';
import { consoleLogger } from './logger';
import { applicationMenuTemplate } from './menu';
import { refuseAllPermissions } from './session-permissions';
import { guardWebContents } from './web-contents-guards';
import { createMainWindow, focusWindow } from './window';

// Bootstrap only: every decision lives in the module it names; this file wires them in order.
const logger = consoleLogger;
const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(appRoot, 'dist-electron', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

async function start(): Promise<void> {
  registerAppSchemeAsPrivileged();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url), logger));
  app.on('second-instance', () => {
    const window = liveWindow();
    if (window) focusWindow(window);
  });

  await app.whenReady();
  serveRendererOnAppScheme(rendererDir);
  refuseAllPermissions(session.defaultSession);
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform)));

  const preferences = openElectronPreferencesStore(logger);
  registerIpcHandlers({
    ipcMain,
    logger,
    preferences,
    saveDialog: electronSaveDialog(liveWindow),
    fileWriter: nodeFileWriter,
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: process.platform }),
    mainFrame: () => liveWindow()?.webContents.mainFrame ?? null,
  });

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preferences, preloadPath, logger });
  };
  openWindow();
  // macOS keeps apps running without windows and reopens one from the dock.
  app.on('activate', () => {
    if (liveWindow() === null) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// One instance per user: a second launch hands over to the first, which focuses its window.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('Coalition desk failed to start:', error);
    app.exit(1);
  });
} else {
  app.quit();
}
