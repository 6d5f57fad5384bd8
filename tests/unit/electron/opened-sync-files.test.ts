import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { App } from 'electron';
import { OpenedSyncFiles, registerSyncFileOpening, sharingUrlFor, syncFilePathsIn, type SyncFileSource } from '../../../electron/main/opened-sync-files';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { bundleOf, encodeSyncFile } from '../../../shared/sync/sync-bundle';
import { MAX_SYNC_FILE_BYTES } from '../../../shared/sync/sync-file-header';
import { deriveWorkspaceKey } from '../../../shared/sync/workspace-key';

async function syncFile(workspaceId: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Open data for every region.');
  const key = await deriveWorkspaceKey(newWorkspaceSecret(), workspaceId, 'sync-file');
  return encodeSyncFile(key, workspaceId, bundleOf(doc, { maker: { memberId: 'm-1', name: 'Amara Velde' }, createdAt: '2026-12-03T14:05:00.000Z' }));
}

function source(files: Record<string, Uint8Array | number>): SyncFileSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    size: async (filePath) => {
      const file = files[filePath];
      if (file === undefined) throw new Error('ENOENT');
      return typeof file === 'number' ? file : file.byteLength;
    },
    read: async (filePath) => {
      reads.push(filePath);
      const file = files[filePath];
      if (file === undefined || typeof file === 'number') throw new Error('ENOENT');
      return file;
    },
  };
}

const quiet = { warn: () => undefined };

describe('sync files opened with the app', () => {
  it('finds .coalition files among launch arguments, not flags or the executable', () => {
    expect(syncFilePathsIn(['/opt/Coalition desk/coalition-desk', '--no-sandbox', '/home/ko/Downloads/maps-amara.COALITION', 'notes.txt'])).toEqual([
      '/home/ko/Downloads/maps-amara.COALITION',
    ]);
  });

  it('queues a file until the renderer takes it, once, and names its workspace for navigation', async () => {
    const bytes = await syncFile('ws-maps');
    const files = new OpenedSyncFiles(source({ '/usb/maps.coalition': bytes }), quiet);
    await expect(files.add('/usb/maps.coalition')).resolves.toBe('ws-maps');
    expect(files.take()).toEqual([{ fileName: 'maps.coalition', contents: bytes }]);
    expect(files.take()).toEqual([]);
    expect(sharingUrlFor('ws-maps')).toBe('app://coalition-desk/index.html#/w/ws-maps/sharing');
  });

  it('does not read a file over the size limit, and queues one it cannot place for the renderer to explain', async () => {
    const src = source({ '/usb/huge.coalition': MAX_SYNC_FILE_BYTES + 1, '/usb/odd.coalition': Uint8Array.of(1, 2) });
    const files = new OpenedSyncFiles(src, quiet);
    await expect(files.add('/usb/huge.coalition')).resolves.toBeUndefined();
    await expect(files.add('/usb/missing.coalition')).resolves.toBeUndefined();
    await expect(files.add('/usb/odd.coalition')).resolves.toBeUndefined();
    expect(src.reads).toEqual(['/usb/odd.coalition']);
    expect(files.take().map((file) => file.fileName)).toEqual(['odd.coalition']);
  });

  it('wires launch arguments, a second launch and macOS open-file', async () => {
    const bytes = await syncFile('ws-maps');
    const app = new EventEmitter();
    const files = new OpenedSyncFiles(source({ '/a.coalition': bytes, '/b.coalition': bytes, '/c.coalition': bytes }), quiet);
    const shown: Array<string | undefined> = [];
    const allShown = (count: number) => new Promise<void>((resolve) => {
      const check = () => (shown.length >= count ? resolve() : setTimeout(check, 1));
      check();
    });
    registerSyncFileOpening(app as unknown as Pick<App, 'on'>, ['/app', '/a.coalition'], files, (id) => shown.push(id));
    app.emit('second-instance', {}, ['/app', '/b.coalition']);
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, '/c.coalition');
    await allShown(3);
    expect(prevented).toBe(true);
    expect(files.take().map((file) => file.fileName).sort()).toEqual(['a.coalition', 'b.coalition', 'c.coalition']);
  });
});
