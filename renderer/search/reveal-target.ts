import { useSyncExternalStore } from 'react';
import type { SearchTarget } from '../../shared/search/search-record';

/** Where the screen a search result opened should take the member: handed over once, then gone. */
export interface PendingReveal {
  workspaceId: string;
  target: SearchTarget;
  /** The matched word as written, for selecting it in a document. */
  match: string | undefined;
}

let pending: PendingReveal | undefined;
let version = 0;
const listeners = new Set<() => void>();

export function requestReveal(reveal: PendingReveal): void {
  pending = reveal;
  version++;
  listeners.forEach((listener) => listener());
}

/** The pending reveal if `accepts` says this screen can show it; taken, so it is acted on once. */
export function takeReveal(accepts: (reveal: PendingReveal) => boolean): PendingReveal | undefined {
  if (!pending || !accepts(pending)) return undefined;
  const taken = pending;
  pending = undefined;
  return taken;
}

/** Changes whenever a result is opened, so a screen already showing the place reacts too. */
export function useRevealVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
