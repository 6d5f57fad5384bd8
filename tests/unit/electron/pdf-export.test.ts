import { describe, expect, it } from 'vitest';
import type { PrintToPDFOptions } from 'electron';
import { registerIpcHandlers, type InvokeEventLike, type InvokeListener, type LanControllerLike } from '../../../electron/main/ipc-handlers';
import type { FrameIdentity } from '../../../electron/main/ipc-sender';
import { createMemoryPreferencesStore } from '../../../electron/main/memory-preferences-store';
import { nodeBackupFolder } from '../../../electron/main/rotating-backups';
import { PDF_OPTIONS, webContentsPdfPrinter } from '../../../electron/main/pdf-export';

const MAIN_FRAME: FrameIdentity = { url: 'app://coalition-desk/index.html', processId: 7, routingId: 1 };
const trusted: InvokeEventLike = { senderFrame: MAIN_FRAME };
const PDF = new TextEncoder().encode('%PDF-1.7\n% the charter with its annex');
const notReached = (): never => {
  throw new Error('LAN controller reached');
};
const lan: LanControllerLike = { addresses: notReached, startHosting: notReached, stopHosting: notReached, hostingStatus: notReached, startDiscovery: notReached, stopDiscovery: notReached, discovered: notReached };

/** The handler wired as in the app, with Electron's webContents.printToPDF and the save dialog replaced by recorders. */
function setup(options: { chosenPath?: string | null; printed?: Uint8Array; window?: boolean } = {}) {
  const events: string[] = [];
  const printOptions: PrintToPDFOptions[] = [];
  const writes: { filePath: string; contents: Uint8Array }[] = [];
  const webContents = {
    printToPDF: async (given: PrintToPDFOptions) => {
      events.push('print');
      printOptions.push(given);
      return Buffer.from(options.printed ?? PDF);
    },
  };
  const listeners = new Map<string, InvokeListener>();
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => void listeners.set(channel, listener) },
    logger: { warn: (message) => void events.push(`warn: ${message}`) },
    preferences: createMemoryPreferencesStore({}),
    folderDialog: { chooseFolder: async () => null },
    backupFolder: nodeBackupFolder,
    saveDialog: {
      chooseSavePath: async (name) => {
        events.push(`dialog ${name}`);
        return options.chosenPath === undefined ? `/home/me/Documents/${name}` : options.chosenPath;
      },
    },
    fileWriter: {
      writeTextFile: async () => notReached(),
      writeBinaryFile: async (filePath, contents) => {
        events.push('write');
        writes.push({ filePath, contents });
      },
    },
    openedSyncFiles: { take: () => [] },
    appInfo: () => ({ name: 'Coalition desk', version: '0.1.0', platform: 'linux' }),
    mainFrame: () => MAIN_FRAME,
    lan,
    secretBox: { protection: async () => 'unavailable', seal: async () => null, open: async () => null },
    pdfPrinter: webContentsPdfPrinter(() => (options.window === false ? null : webContents)),
  });
  const listener = listeners.get('export:pdf');
  if (!listener) throw new Error('export:pdf is not registered');
  return { events, printOptions, writes, invoke: (event: InvokeEventLike, ...args: unknown[]) => listener(event, ...args) };
}

describe('export:pdf', () => {
  it('asks where to save, prints the window with print media and writes the PDF there', async () => {
    const ctx = setup();
    await expect(ctx.invoke(trusted, { suggestedName: 'Charter.pdf' })).resolves.toEqual({ saved: true });
    expect(ctx.events).toEqual(['dialog Charter.pdf', 'print', 'write']);
    expect(ctx.printOptions).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS.preferCSSPageSize).toBe(true);
    expect(ctx.writes).toEqual([{ filePath: '/home/me/Documents/Charter.pdf', contents: new Uint8Array(PDF) }]);
  });

  it('prints nothing when the user cancels the dialog', async () => {
    const ctx = setup({ chosenPath: null });
    await expect(ctx.invoke(trusted, { suggestedName: 'Charter.pdf' })).resolves.toEqual({ saved: false });
    expect(ctx.events).toEqual(['dialog Charter.pdf']);
  });

  it('writes nothing that is not a PDF, and says why', async () => {
    const ctx = setup({ printed: new TextEncoder().encode('<html>') });
    await expect(ctx.invoke(trusted, { suggestedName: 'Charter.pdf' })).rejects.toThrow(/did not return a PDF/);
    expect(ctx.writes).toEqual([]);
  });

  it('fails cleanly when the window closed meanwhile', async () => {
    const ctx = setup({ window: false });
    await expect(ctx.invoke(trusted, { suggestedName: 'Charter.pdf' })).rejects.toThrow(/window is gone/);
    expect(ctx.writes).toEqual([]);
  });

  it.each([
    ['a path', { suggestedName: '../Charter.pdf' }],
    ['another extension', { suggestedName: 'Charter.exe' }],
    ['no request', undefined],
  ])('refuses %s before opening any dialog', async (_label, request) => {
    const ctx = setup();
    await expect(ctx.invoke(trusted, request)).rejects.toThrow(/invalid arguments/);
    expect(ctx.events.filter((event) => !event.startsWith('warn'))).toEqual([]);
  });

  it('refuses a frame that is not our window before printing anything', async () => {
    const ctx = setup();
    await expect(ctx.invoke({ senderFrame: { ...MAIN_FRAME, routingId: 2 } }, { suggestedName: 'Charter.pdf' })).rejects.toThrow(/untrusted sender/);
    expect(ctx.events.filter((event) => !event.startsWith('warn'))).toEqual([]);
  });
});
