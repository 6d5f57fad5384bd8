import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import type { JsonObject } from '../../shared/integrity/canonical-json';
import type { UnsignedEntry } from '../../shared/integrity/signed-entry';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';

/**
 * The proposals part of the workspace's Y.Doc, and a version number that changes whenever a
 * proposal or a signed entry is added (here, in another window or by a peer), so readers re-render.
 */
export function useConsensus(workspace: WorkspaceDoc): { doc: ConsensusDoc; version: number } {
  const doc = useMemo(() => new ConsensusDoc(workspace.ydoc), [workspace]);
  const counter = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) =>
      doc.observe(() => {
        counter.current++;
        notify();
      }),
    [doc],
  );
  const version = useSyncExternalStore(subscribe, () => counter.current);
  return { doc, version };
}

const TICK_MS = 30_000;
let tick = 0;

function subscribeToClock(notify: () => void): () => void {
  const timer = setInterval(() => {
    tick++;
    notify();
  }, TICK_MS);
  return () => clearInterval(timer);
}

/**
 * A number that changes every half minute. Status depends on time alone (a proposal closes, a
 * provisional decision becomes final) with no change in the document to trigger a render.
 */
export function useClockTick(): number {
  return useSyncExternalStore(subscribeToClock, () => tick);
}

/**
 * Signs with this install's key and appends to the shared log. The integrity snapshot refreshes
 * by itself after the change, so callers need not re-read anything. Returns an i18n error or undefined.
 */
export async function signAndAppend(
  integrity: Pick<WorkspaceIntegrity, 'sign'>,
  doc: ConsensusDoc,
  entry: UnsignedEntry<JsonObject>,
): Promise<{ key: string; values?: Record<string, string> } | undefined> {
  try {
    const signed = await integrity.sign(entry);
    return doc.append(signed) ? undefined : { key: 'proposals.errors.notAppended' };
  } catch (error) {
    return { key: 'errors.actionFailed', values: { reason: error instanceof Error ? error.message : String(error) } };
  }
}
