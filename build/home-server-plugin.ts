// Imports carry their .ts extension: Vite loads this config natively one day, and Node needs them then.
import type { Server } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../electron/main/content-security-policy.ts';
import { attachSignaling } from '../electron/sync/signaling-server.ts';
import { HOME_SERVER, HOME_SERVER_FILE, HOME_SIGNALING_PATH } from '../shared/sync/home-server.ts';

const describe: Connect.NextHandleFunction = (request, response, next) => {
  if (request.url?.split('?')[0] !== `/${HOME_SERVER_FILE}`) return next();
  response.setHeader('Content-Type', 'application/json');
  response.setHeader('Cache-Control', 'no-cache');
  response.end(JSON.stringify(HOME_SERVER));
};

/** The headers `npm run serve` sends with every response (electron/serve/web-edition-server.ts). */
const securityHeaders: Connect.NextHandleFunction = (_request, response, next) => {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  next();
};

/**
 * Vite's dev and preview servers get the same-origin signaling endpoint that `npm run serve` has.
 * The preview server and the built page get the app's Content-Security-Policy: as a header from
 * `vite preview`, and as a `<meta>` in the built index.html for hosts that set no header. Not the
 * dev server: its hot-reload preamble is an inline script.
 */
export function homeServerPlugin(): Plugin {
  return {
    name: 'coalition-home-server',
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        context.server ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
    configureServer(server) {
      server.middlewares.use(describe);
      if (server.httpServer) attachSignaling(server.httpServer as Server, { path: HOME_SIGNALING_PATH });
    },
    configurePreviewServer(server) {
      server.middlewares.use(securityHeaders);
      server.middlewares.use(describe);
      attachSignaling(server.httpServer as Server, { path: HOME_SIGNALING_PATH });
    },
  };
}
