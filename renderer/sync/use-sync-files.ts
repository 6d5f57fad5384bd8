import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedSyncFile } from '../../shared/ipc/contract';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import { MAX_SYNC_FILE_BYTES, SYNC_FILE_MIME_TYPE } from '../../shared/sync/sync-file-header';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { listPeerStates, type PeerState } from './peer-states';
import { loadSyncFile, makeSyncFile, type LoadOutcome, type LoadPhase, type SaveScope } from './sync-files';

export type SyncFilesActivity =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; fileName: string; bytes: number }
  | { kind: 'save-cancelled' }
  | { kind: 'save-failed'; message: string }
  | { kind: 'loading'; fileName: string; phase: 'reading' | LoadPhase; index: number; total: number };

export interface LoadedFile {
  fileName: string;
  outcome: LoadOutcome;
}

/** A file picked, dropped, or opened with the desktop app: all end up as bytes with a name. */
type IncomingFile = { fileName: string; size: number; read(): Promise<Uint8Array> };

export const fromPicked = (file: File): IncomingFile => ({ fileName: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) });
const fromOpened = (file: OpenedSyncFile): IncomingFile => ({ fileName: file.fileName, size: file.contents.byteLength, read: async () => file.contents });

/** How often the desktop app asks for files the OS opened with it while this tab shows. */
const OPENED_FILES_POLL_MS = 2000;

/**
 * Saving and loading sync files for one open workspace. Files load one after another, each fully
 * checked before it touches the document; results stay listed so nothing happens unannounced.
 */
export function useSyncFiles(open: OpenWorkspace, maker: SyncFileMaker, workspaceName: string) {
  const { db, platform, workspaces } = useApp();
  const [activity, setActivity] = useState<SyncFilesActivity>({ kind: 'idle' });
  const [loaded, setLoaded] = useState<LoadedFile[]>([]);
  const [peers, setPeers] = useState<PeerState[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const refreshPeers = useCallback(() => listPeerStates(db, open.id).then(setPeers), [db, open.id]);
  useEffect(() => void refreshPeers(), [refreshPeers]);

  const save = useCallback(
    async (scope: SaveScope) => {
      setActivity({ kind: 'saving' });
      try {
        const file = await makeSyncFile(db, open, maker, workspaceName, scope);
        const saved = await platform.saveBytesFile(file.fileName, file.bytes, SYNC_FILE_MIME_TYPE);
        setActivity(saved ? { kind: 'saved', fileName: file.fileName, bytes: file.bytes.byteLength } : { kind: 'save-cancelled' });
      } catch (error) {
        setActivity({ kind: 'save-failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, open, maker, workspaceName, platform],
  );

  const load = useCallback(
    (files: readonly IncomingFile[]) => {
      // Chained, so files dropped while others load still load in turn.
      queue.current = queue.current.then(async () => {
        for (const [index, file] of files.entries()) {
          const progress = (phase: 'reading' | LoadPhase) => setActivity({ kind: 'loading', fileName: file.fileName, phase, index: index + 1, total: files.length });
          progress('reading');
          let outcome: LoadOutcome;
          try {
            outcome =
              file.size > MAX_SYNC_FILE_BYTES
                ? { ok: false, error: 'too-large' }
                : await loadSyncFile({ db, registry: workspaces.registry, onPhase: progress }, open, await file.read());
          } catch {
            outcome = { ok: false, error: 'not-stored' };
          }
          setLoaded((previous) => [{ fileName: file.fileName, outcome }, ...previous].slice(0, 20));
        }
        setActivity({ kind: 'idle' });
        await refreshPeers();
      });
      return queue.current;
    },
    [db, workspaces, open, refreshPeers],
  );

  useEffect(() => {
    if (platform.kind !== 'electron') return;
    const take = () =>
      void platform.takeOpenedSyncFiles().then(
        (files) => {
          if (files.length > 0) void load(files.map(fromOpened));
        },
        () => undefined,
      );
    take();
    const timer = setInterval(take, OPENED_FILES_POLL_MS);
    window.addEventListener('focus', take);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', take);
    };
  }, [platform, load]);

  return { activity, loaded, peers, save, load };
}
