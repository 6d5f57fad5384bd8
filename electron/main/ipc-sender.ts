import { isAppUrl } from './app-origin';

/** The parts of Electron's WebFrameMain that identify a frame; a structural type so tests can pass fakes. */
export interface FrameIdentity {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * A message is trusted only from the top frame of our own window while it shows our own origin:
 * not from an iframe, not from another window, not after a navigation elsewhere.
 */
export function isTrustedSender(sender: FrameIdentity | null, mainFrame: FrameIdentity | null): boolean {
  if (sender === null || mainFrame === null) return false;
  const sameFrame = sender.processId === mainFrame.processId && sender.routingId === mainFrame.routingId;
  return sameFrame && isAppUrl(sender.url);
}
