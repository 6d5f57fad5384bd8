import { describe, it, expect } from 'vitest';
import { ipcContract, type AppInfo } from '../../../shared/ipc/contract';
import {
  registerIpcHandlers,
  type InvokeEventLike,
  type InvokeListener,
  type IpcHandlerDeps,
  type LanControllerLike,
} from '../../../electron/main/ipc-handlers';
import type { FrameIdentity } from '../../../electron/main/ipc-sender';
import { createMemoryPreferencesStore } from '../../../electron/main/memory-preferences-store';
import { nodeBackupFolder } from '../../../electron/main/rotating-backups';

/** LAN handlers have their own tests (lan-ipc-handlers.test.ts); here they must not be reached. */
const notReached = (): never => {
  throw new Error('LAN controller reached');
};
const unusedLan: LanControllerLike = {
  addresses: notReached,
  startHosting: notReached,
  stopHosting: notReached,
  hostingStatus: notReached,
  startDiscovery: notReached,
  stopDiscovery: notReached,
  discovered: notReached,
};

const MAIN_FRAME: FrameIdentity = { url: 'app://coalition-desk/index.html', processId: 7, routingId: 1 };
const trusted: InvokeEventLike = { senderFrame: { ...MAIN_FRAME, url: 'app://coalition-desk/index.html#/documents' } };

function setup(overrides: { appInfo?: () => AppInfo; chosenPath?: string | null; mainFrame?: FrameIdentity | null } = {}) {
  const listeners = new Map<string, InvokeListener>();
  const warnings: string[] = [];
  const dialogCalls: string[] = [];
  const writes: Array<{ filePath: string; contents: string | Uint8Array }> = [];
  const opened = [{ fileName: 'from-amara.coalition', contents: Uint8Array.of(1, 2, 3) }];
  const appInfoCalls: number[] = [];
  const preferences = createMemoryPreferencesStore({ lastWorkspaceId: 'ws-initial' });
  const setCalls: Array<string | null> = [];
  const deps: IpcHandlerDeps = {
    ipcMain: { handle: (channel, listener) => void listeners.set(channel, listener) },
    logger: { warn: (message) => void warnings.push(message) },
    preferences: {
      read: () => preferences.read(),
      setWindowBounds: (bounds) => preferences.setWindowBounds(bounds),
      setLastWorkspaceId: (id) => {
        setCalls.push(id);
        preferences.setLastWorkspaceId(id);
      },
      setBackups: (settings) => preferences.setBackups(settings),
    },
    folderDialog: { chooseFolder: async () => null },
    backupFolder: nodeBackupFolder,
    saveDialog: {
      chooseSavePath: async (name) => {
        dialogCalls.push(name);
        return overrides.chosenPath === undefined ? `/home/me/Documents/${name}` : overrides.chosenPath;
      },
    },
    fileWriter: {
      writeTextFile: async (filePath, contents) => void writes.push({ filePath, contents }),
      writeBinaryFile: async (filePath, contents) => void writes.push({ filePath, contents }),
    },
    openedSyncFiles: { take: () => opened.splice(0) },
    pdfPrinter: { printToPdf: async () => new TextEncoder().encode('%PDF-1.7 test') },
    appInfo:
      overrides.appInfo ??
      (() => {
        appInfoCalls.push(1);
        return { name: 'Coalition desk', version: '0.1.0', platform: 'linux' };
      }),
    mainFrame: () => (overrides.mainFrame === undefined ? MAIN_FRAME : overrides.mainFrame),
    lan: unusedLan,
    secretBox: {
      protection: async () => 'os',
      seal: async (plain) => `sealed:${plain}`,
      open: async (sealed) => (sealed.startsWith('sealed:') ? { plainText: sealed.slice(7), resealed: null } : null),
    },
  };
  registerIpcHandlers(deps);
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { listeners, warnings, dialogCalls, writes, appInfoCalls, setCalls, preferences, invoke };
}

describe('IPC handlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  describe('refuse untrusted senders before doing anything', () => {
    const untrusted: Array<[string, InvokeEventLike, FrameIdentity | null]> = [
      ['a subframe of our window', { senderFrame: { ...MAIN_FRAME, routingId: 2 } }, MAIN_FRAME],
      ['another renderer process', { senderFrame: { ...MAIN_FRAME, processId: 8 } }, MAIN_FRAME],
      ['our frame after navigating to a foreign URL', { senderFrame: { ...MAIN_FRAME, url: 'https://evil.example/' } }, MAIN_FRAME],
      ['a look-alike app:// host', { senderFrame: { ...MAIN_FRAME, url: 'app://evil/index.html' } }, MAIN_FRAME],
      ['a file:// page', { senderFrame: { ...MAIN_FRAME, url: 'file:///tmp/index.html' } }, MAIN_FRAME],
      ['a destroyed frame', { senderFrame: null }, MAIN_FRAME],
      ['any frame while no window exists', trusted, null],
    ];

    it.each(untrusted)('%s', async (_label, event, mainFrame) => {
      const ctx = setup({ mainFrame });
      await expect(ctx.invoke('preferences:set-last-workspace', event, 'ws-2')).rejects.toThrow(/untrusted sender/);
      await expect(ctx.invoke('file:save', event, { suggestedName: 'a.md', contents: 'x' })).rejects.toThrow(/untrusted sender/);
      await expect(ctx.invoke('app:get-info', event)).rejects.toThrow(/untrusted sender/);
      expect(ctx.setCalls).toEqual([]);
      expect(ctx.dialogCalls).toEqual([]);
      expect(ctx.writes).toEqual([]);
      expect(ctx.appInfoCalls).toEqual([]);
      expect(ctx.warnings).toHaveLength(3);
    });
  });

  describe('refuse invalid arguments without calling the dependency', () => {
    const invalid: Array<[string, string, unknown[]]> = [
      ['a number as workspace id', 'preferences:set-last-workspace', [42]],
      ['a missing workspace id', 'preferences:set-last-workspace', []],
      ['an over-long workspace id', 'preferences:set-last-workspace', ['w'.repeat(65)]],
      ['an extra argument', 'preferences:set-last-workspace', ['ws-2', 'extra']],
      ['a path instead of a file name', 'file:save', [{ suggestedName: '../../.bashrc', contents: 'x' }]],
      ['a Windows path', 'file:save', [{ suggestedName: 'C:\\Users\\me\\evil.bat', contents: 'x' }]],
      ['non-string contents', 'file:save', [{ suggestedName: 'a.md', contents: { toString: 'x' } }]],
      ['no request at all', 'file:save', []],
      ['text where bytes belong', 'file:save-bytes', [{ suggestedName: 'a.coalition', contents: 'x' }]],
      ['bytes with a path for a name', 'file:save-bytes', [{ suggestedName: '/tmp/a.coalition', contents: Uint8Array.of(1) }]],
      ['arguments to a no-argument call', 'app:get-info', ['surprise']],
      ['a path where a backup name belongs', 'backups:read', ['../../.ssh/id_ed25519']],
      ['a file the app did not name', 'backups:read', ['holiday-photos.zip']],
      ['a folder sent by the page', 'backups:set-settings', [{ enabled: true, keep: 7, folder: '/etc' }]],
      ['a keep of zero', 'backups:set-settings', [{ enabled: true, keep: 0 }]],
      ['text where backup bytes belong', 'backups:save', [{ workspaceId: 'ws-1', contents: 'PK' }]],
    ];

    it.each(invalid)('%s', async (_label, channel, args) => {
      const ctx = setup();
      await expect(ctx.invoke(channel, trusted, ...args)).rejects.toThrow(/invalid arguments/);
      expect(ctx.setCalls).toEqual([]);
      expect(ctx.dialogCalls).toEqual([]);
      expect(ctx.writes).toEqual([]);
      expect(ctx.appInfoCalls).toEqual([]);
      expect(ctx.preferences.read().lastWorkspaceId).toBe('ws-initial');
      expect(ctx.warnings).toEqual(['IPC refused: invalid arguments.']);
    });
  });

  describe('serve valid calls from our main frame', () => {
    it('getAppInfo returns the injected app info', async () => {
      const ctx = setup();
      await expect(ctx.invoke('app:get-info', trusted)).resolves.toEqual({
        name: 'Coalition desk',
        version: '0.1.0',
        platform: 'linux',
      });
      expect(ctx.warnings).toEqual([]);
    });

    it('setLastWorkspace stores the id (and null clears it); getPreferences reads it back', async () => {
      const ctx = setup();
      await expect(ctx.invoke('preferences:set-last-workspace', trusted, 'ws-2')).resolves.toBeNull();
      await expect(ctx.invoke('preferences:get', trusted)).resolves.toEqual({ lastWorkspaceId: 'ws-2' });
      await ctx.invoke('preferences:set-last-workspace', trusted, null);
      await expect(ctx.invoke('preferences:get', trusted)).resolves.toEqual({ lastWorkspaceId: null });
      expect(ctx.setCalls).toEqual(['ws-2', null]);
    });

    it('saveFile asks with the suggested name and writes where the user chose', async () => {
      const ctx = setup({ chosenPath: '/home/me/Desktop/charter.md' });
      await expect(ctx.invoke('file:save', trusted, { suggestedName: 'charter.md', contents: '# Charter' })).resolves.toEqual({
        saved: true,
      });
      expect(ctx.dialogCalls).toEqual(['charter.md']);
      expect(ctx.writes).toEqual([{ filePath: '/home/me/Desktop/charter.md', contents: '# Charter' }]);
    });

    it('saveFile reports a cancelled dialog as not saved and writes nothing', async () => {
      const ctx = setup({ chosenPath: null });
      await expect(ctx.invoke('file:save', trusted, { suggestedName: 'charter.md', contents: 'x' })).resolves.toEqual({
        saved: false,
      });
      expect(ctx.writes).toEqual([]);
    });

    it('saveBytesFile writes the bytes where the user chose', async () => {
      const ctx = setup({ chosenPath: '/media/usb/maps.coalition' });
      await expect(ctx.invoke('file:save-bytes', trusted, { suggestedName: 'maps.coalition', contents: Uint8Array.of(0x89, 0) })).resolves.toEqual({ saved: true });
      expect(ctx.writes).toEqual([{ filePath: '/media/usb/maps.coalition', contents: Uint8Array.of(0x89, 0) }]);
    });

    it('takeOpenedSyncFiles hands each opened file over once', async () => {
      const ctx = setup();
      await expect(ctx.invoke('sync-files:take-opened', trusted)).resolves.toEqual([{ fileName: 'from-amara.coalition', contents: Uint8Array.of(1, 2, 3) }]);
      await expect(ctx.invoke('sync-files:take-opened', trusted)).resolves.toEqual([]);
    });

    it('rejects a result that breaks the contract instead of passing it to the renderer', async () => {
      const ctx = setup({ appInfo: () => ({ name: 'x', version: '1' }) as unknown as AppInfo });
      await expect(ctx.invoke('app:get-info', trusted)).rejects.toThrow();
    });
  });
});
