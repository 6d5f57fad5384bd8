import type { App } from 'electron';
import { decodeInvite, encodeInvite, INVITE_SCHEME } from '../../shared/sync/invite';
import { APP_ENTRY_URL } from './app-origin';
import type { Logger } from './logger';

export const INVITE_PROTOCOL = INVITE_SCHEME.replace(/:$/, '');

/**
 * The app page that opens the join screen for the first valid `coalition://join/…` link among the
 * candidates (command-line arguments on Windows and Linux, an open-url on macOS). The invite is
 * decoded and re-encoded, so nothing but a well-formed invite code ever reaches the renderer; the
 * member still confirms before anything is created.
 */
export function joinUrlFor(candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    if (!candidate.startsWith(`${INVITE_SCHEME}//join/`)) continue;
    const decoded = decodeInvite(candidate);
    if (decoded.ok) return `${APP_ENTRY_URL}#/join/${encodeInvite(decoded.invite)}`;
  }
  return undefined;
}

export function registerInviteLinks(app: Pick<App, 'setAsDefaultProtocolClient' | 'on'>, openJoin: (url: string) => void, logger: Logger): void {
  app.setAsDefaultProtocolClient(INVITE_PROTOCOL);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const target = joinUrlFor([url]);
    if (target) openJoin(target);
    else logger.warn('Ignored a coalition:// link that is not a valid invite.');
  });
}
