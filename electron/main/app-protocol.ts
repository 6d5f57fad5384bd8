import { protocol } from 'electron';
import { createAppProtocolHandler } from './app-protocol-handler';
import { APP_SCHEME } from './app-origin';

/**
 * Must run before `app.whenReady()`. `standard` gives the scheme real origins and relative URLs;
 * `secure` makes it a secure context, which IndexedDB persistence and WebCrypto signing need.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer on app:// with our security headers; must run after `app.whenReady()`. */
export function serveRendererOnAppScheme(rendererDir: string): void {
  const handler = createAppProtocolHandler(rendererDir);
  protocol.handle(APP_SCHEME, (request) => handler(request));
}
