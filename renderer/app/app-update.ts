/**
 * A new version of the web edition, installed and waiting for the user to reload into it. Set
 * from main.tsx when the service worker reports one; read by UpdateReady.
 */
type Listener = () => void;

let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

export const appUpdate = {
  /** The service worker has a new version ready; `apply` switches to it and reloads. */
  offer(apply: () => void): void {
    applyUpdate = apply;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  apply(): (() => void) | null {
    return applyUpdate;
  },
};
