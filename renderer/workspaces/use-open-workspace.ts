import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { useApp } from '../app/app-context';
import { DamagedWorkspaceError } from './workspace-persistence';
import type { OpenWorkspace } from './workspace-service';

export type OpenState =
  | { status: 'loading' }
  | { status: 'open'; open: OpenWorkspace }
  | { status: 'damaged' }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

/**
 * Opens a workspace for as long as the component is mounted, and closes it (after a final flush)
 * after. Callers key the component by workspace id, so the initial state is always 'loading'.
 */
export function useOpenWorkspace(workspaceId: string): OpenState {
  const { workspaces, platform } = useApp();
  const [state, setState] = useState<OpenState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let opened: OpenWorkspace | undefined;
    void (async () => {
      try {
        const item = await workspaces.registry.get(workspaceId);
        if (!item) return !cancelled && setState({ status: 'missing' });
        if (item.status === 'damaged') return !cancelled && setState({ status: 'damaged' });
        opened = await workspaces.open(workspaceId);
        if (cancelled) return opened.close();
        setState({ status: 'open', open: opened });
        void platform.setLastWorkspaceId(workspaceId);
      } catch (error) {
        if (cancelled) return;
        if (error instanceof DamagedWorkspaceError) setState({ status: 'damaged' });
        else setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, [workspaceId, workspaces, platform]);
  return state;
}

/** Re-renders the caller whenever the shared workspace state changes (locally or from elsewhere). */
export function useWorkspaceVersion(workspace: WorkspaceDoc): number {
  const version = useRef(0);
  return useSyncExternalStore(
    (notify) =>
      workspace.observe(() => {
        version.current++;
        notify();
      }),
    () => version.current,
  );
}
