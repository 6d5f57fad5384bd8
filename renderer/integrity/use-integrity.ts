import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { changesBodiesOnly } from '../../shared/workspace-doc/body-changes';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { WorkspaceIntegrity, type IntegritySnapshot } from './workspace-integrity';

const EMPTY: IntegritySnapshot = { verified: [], unverified: [], receivedAt: new Map(), flags: [], reports: [], keyConflicts: [], unadmitted: [], membership: undefined };

/**
 * Verifies the workspace's signed entries whenever the shared state changes (locally, from a peer,
 * from another window), restoring and flagging anything removed. Checks never overlap.
 */
export function useIntegrity(open: OpenWorkspace, memberId: string | undefined): { integrity: WorkspaceIntegrity; snapshot: IntegritySnapshot } {
  const { db, installKey } = useApp();
  const integrity = useMemo(() => new WorkspaceIntegrity(db, open.id, open.workspace.ydoc, installKey), [db, open, installKey]);
  const [snapshot, setSnapshot] = useState<IntegritySnapshot>(EMPTY);

  useEffect(() => {
    if (memberId) integrity.publishKey(memberId);
  }, [integrity, memberId]);

  useEffect(() => {
    let running = false;
    let again = false;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const next = await integrity.check(memberId);
        if (!stopped) setSnapshot(next);
        // Its write to the log is a change, so the next check answers the next request.
        if (!stopped && memberId && next.membership) await integrity.countersignJoinRequests(memberId, next.membership);
      } catch (error) {
        console.warn('Integrity check failed; will retry on the next change', error);
      } finally {
        running = false;
        if (again && !stopped) {
          again = false;
          void run();
        }
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 50);
    };
    // Signed entries never live in a document's text: typing, local or remote, needs no check.
    const onTransaction = (transaction: Y.Transaction) => {
      if (!changesBodiesOnly(transaction)) schedule();
    };
    const ydoc = open.workspace.ydoc;
    ydoc.on('afterTransaction', onTransaction);
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
      ydoc.off('afterTransaction', onTransaction);
    };
  }, [integrity, open, memberId]);

  return { integrity, snapshot };
}
