import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { app, BrowserWindow, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { registerAppSchemeAsPrivileged, serveRendererOnAppScheme } from './app-protocol';
import { electronFolderDialog, electronSaveDialog, nodeFileWriter } from './electron-file-saver';
import { nodeBackupFolder } from './rotating-backups';
import { openElectronPreferencesStore } from './electron-preferences-store';
import { registerIpcHandlers } from './ipc-handlers';
import { consoleLogger } from './logger';
import { applicationMenuTemplate } from './menu';
import { refuseAllPermissions } from './session-permissions';
import { guardWebContents } from './web-contents-guards';
import { bonjourTransport } from '../sync/lan-bonjour';
import { createLanController } from '../sync/lan-controller';
import { lanAddressCandidates } from '../sync/lan-interfaces';
import { startSignalingServer } from '../sync/signaling-server';
import { joinUrlFor, registerInviteLinks } from './invite-links';
import { nodeSyncFileSource, OpenedSyncFiles, registerSyncFileOpening, sharingUrlFor } from './opened-sync-files';
import { webContentsPdfPrinter } from './pdf-export';
import { safeStorageSecretBox } from './secret-box';
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
  // An invite link opened while the app runs arrives as a second launch (Windows, Linux) or open-url
  // (macOS). A sync file's Sharing tab is opened the same way.
  const openJoin = (url: string): void => {
    const window = liveWindow();
    if (!window) return void (pendingJoinUrl = url);
    focusWindow(window);
    window.loadURL(url).catch((error: unknown) => logger.warn('Could not open the invite.', { error: String(error) }));
  };
  let pendingJoinUrl = joinUrlFor(process.argv);
  app.on('second-instance', (_event, argv) => {
    const target = joinUrlFor(argv);
    const window = liveWindow();
    if (target) openJoin(target);
    else if (window) focusWindow(window);
  });
  registerInviteLinks(app, openJoin, logger);
  // A .coalition file opened with the app: its workspace's Sharing tab takes it from the queue.
  const syncFiles = new OpenedSyncFiles(nodeSyncFileSource, logger);
  registerSyncFileOpening(app, process.argv, syncFiles, (workspaceId) => {
    const window = liveWindow();
    const url = workspaceId === undefined ? undefined : sharingUrlFor(workspaceId);
    if (url && window?.webContents.getURL() !== url) openJoin(url);
    else if (window) focusWindow(window);
  });

  await app.whenReady();
  serveRendererOnAppScheme(rendererDir);
  refuseAllPermissions(session.defaultSession);
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, { developerTools: !app.isPackaged })));

  const preferences = openElectronPreferencesStore(logger);
  // Meeting on a LAN: nothing listens or announces until the user chooses "Host on this network".
  const lan = createLanController({
    networkInterfaces,
    startServer: (options) => startSignalingServer({ ...options, log: (message) => logger.warn(message) }),
    mdns: bonjourTransport({ browseInterfaces: () => lanAddressCandidates(networkInterfaces()).map((candidate) => candidate.address) }),
    randomId: () => randomBytes(4).toString('hex'),
    now: Date.now,
    log: (message, details) => logger.warn(message, details),
  });
  let lanDisposed = false;
  app.on('before-quit', (event) => {
    if (lanDisposed) return;
    // Say goodbye on the network and close the server before quitting; data is untouched either way.
    event.preventDefault();
    lanDisposed = true;
    const atMost = new Promise<void>((resolve) => setTimeout(resolve, 2_000));
    void Promise.race([lan.dispose(), atMost])
      .catch((error: unknown) => logger.warn('LAN hosting did not stop cleanly', { error: String(error) }))
      .finally(() => app.quit());
  });
  registerIpcHandlers({
    ipcMain,
    logger,
    preferences,
    saveDialog: electronSaveDialog(liveWindow),
    fileWriter: nodeFileWriter,
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: process.platform }),
    mainFrame: () => liveWindow()?.webContents.mainFrame ?? null,
    lan,
    secretBox: safeStorageSecretBox(safeStorage, process.platform),
    openedSyncFiles: syncFiles,
    pdfPrinter: webContentsPdfPrinter(() => liveWindow()?.webContents ?? null),
    folderDialog: electronFolderDialog(liveWindow),
    backupFolder: nodeBackupFolder,
  });

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preferences, preloadPath, logger, url: pendingJoinUrl });
    pendingJoinUrl = undefined;
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
