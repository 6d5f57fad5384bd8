import type { WebContents } from 'electron';
import type { Logger } from './logger';
import { isAllowedNavigation, isVettedExternalUrl } from './navigation-policy';

export type OpenExternal = (url: string) => Promise<void>;

/**
 * Applied to every WebContents the app creates, so a page that is compromised or simply follows
 * a link can neither leave our origin nor open windows of its own.
 */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal, logger: Logger): void {
  const sendOut = (url: string): void => {
    if (isVettedExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => logger.warn('Could not open link externally.', { url, error: String(error) }));
    }
  };

  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    logger.warn('Navigation refused.', { url: event.url });
    sendOut(event.url);
  });

  contents.setWindowOpenHandler(({ url }) => {
    logger.warn('New window refused.', { url });
    sendOut(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('<webview> refused.');
  });
}
