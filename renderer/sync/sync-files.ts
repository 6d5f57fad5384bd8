import { applyBundleUpdate } from '../../shared/sync/sync-bundle-apply';
import { bundleOf, decodeSyncFile, encodeSyncFile, inspectSyncFile, type SyncFileMaker } from '../../shared/sync/sync-bundle';
import { MAX_SYNC_FILE_BYTES, SYNC_FILE_EXTENSION, type SyncFileError } from '../../shared/sync/sync-file-header';
import { deriveWorkspaceKey } from '../../shared/sync/workspace-key';
import type { DeskDatabase } from '../db/database';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import type { WorkspaceRegistry } from '../workspaces/workspace-registry';
import { recordPeerState, type PeerState } from './peer-states';
import { loadSyncSettings } from './sync-settings';

/** Saving a file: everything, or only what one member lacked as of their last file. */
export type SaveScope = { kind: 'everything' } | { kind: 'since'; peer: PeerState };

export interface MadeSyncFile {
  bytes: Uint8Array;
  fileName: string;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'workspace'
  );
}

/** e.g. coalition-on-open-maps-amara-velde-2026-12-03-1405.coalition: sorts by time in a folder. */
export function syncFileName(workspaceName: string, maker: SyncFileMaker, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `${slug(workspaceName)}-${slug(maker.name)}-${stamp}${SYNC_FILE_EXTENSION}`;
}

async function keyOf(db: DeskDatabase, workspaceId: string): Promise<CryptoKey> {
  const settings = await loadSyncSettings(db, workspaceId);
  return deriveWorkspaceKey(settings.secret, workspaceId, 'sync-file');
}

export async function makeSyncFile(db: DeskDatabase, open: OpenWorkspace, maker: SyncFileMaker, workspaceName: string, scope: SaveScope, now = new Date()): Promise<MadeSyncFile> {
  const bundle = bundleOf(open.workspace.ydoc, { maker, createdAt: now.toISOString() }, scope.kind === 'since' ? scope.peer.stateVector : undefined);
  return { bytes: await encodeSyncFile(await keyOf(db, open.id), open.id, bundle), fileName: syncFileName(workspaceName, maker, now) };
}

export type LoadPhase = 'checking' | 'applying' | 'storing';

export type LoadError =
  | SyncFileError
  /** The file is of another workspace this device has joined: it is loaded there. */
  | 'joined-elsewhere'
  /** Stored nowhere: the changes are applied in memory but the device would not keep them. */
  | 'not-stored';

export type LoadOutcome =
  | { ok: true; changes: number; waiting: boolean; maker: SyncFileMaker; createdAt: string }
  | { ok: false; error: LoadError; workspaceName?: string };

export interface LoadDeps {
  db: DeskDatabase;
  registry: WorkspaceRegistry;
  onPhase?: (phase: LoadPhase) => void;
}

/**
 * Loads a sync file into the open workspace. Every check runs before the document is touched; the
 * changes then enter as a peer's would (SYNC_FILE_ORIGIN), so they are stored, relayed, and pass
 * the integrity checks that watch the document.
 */
export async function loadSyncFile(deps: LoadDeps, open: OpenWorkspace, bytes: Uint8Array): Promise<LoadOutcome> {
  deps.onPhase?.('checking');
  if (bytes.length > MAX_SYNC_FILE_BYTES) return { ok: false, error: 'too-large' };
  const header = await inspectSyncFile(bytes);
  if (!header.ok) return header;
  if (header.value.workspaceId !== open.id) {
    const elsewhere = await deps.registry.get(header.value.workspaceId);
    if (!elsewhere) return { ok: false, error: 'other-workspace' };
    return { ok: false, error: 'joined-elsewhere', workspaceName: elsewhere.status === 'ok' ? elsewhere.entry.name : elsewhere.label };
  }
  const decoded = await decodeSyncFile(bytes, { workspaceId: open.id, key: await keyOf(deps.db, open.id) });
  if (!decoded.ok) return decoded;
  const bundle = decoded.value;
  deps.onPhase?.('applying');
  let applied: ReturnType<typeof applyBundleUpdate>;
  try {
    applied = applyBundleUpdate(open.workspace.ydoc, bundle.update);
  } catch {
    return { ok: false, error: 'corrupted' };
  }
  deps.onPhase?.('storing');
  await recordPeerState(deps.db, open.id, bundle.maker, bundle.stateVector, bundle.createdAt);
  try {
    await open.persistence.flush();
  } catch {
    // Still in memory and retried by the persistence; the save status says so as well.
    return { ok: false, error: 'not-stored' };
  }
  return { ok: true, changes: applied.changes, waiting: applied.waiting, maker: bundle.maker, createdAt: bundle.createdAt };
}
