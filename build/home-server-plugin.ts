// Imports carry their .ts extension: Vite loads this config natively one day, and Node needs them then.
import type { Server } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { attachSignaling } from '../electron/sync/signaling-server.ts';
import { HOME_SERVER, HOME_SERVER_FILE, HOME_SIGNALING_PATH } from '../shared/sync/home-server.ts';

const describe: Connect.NextHandleFunction = (request, response, next) => {
  if (request.url?.split('?')[0] !== `/${HOME_SERVER_FILE}`) return next();
  response.setHeader('Content-Type', 'application/json');
  response.setHeader('Cache-Control', 'no-cache');
  response.end(JSON.stringify(HOME_SERVER));
};

/** Vite's dev and preview servers get the same-origin signaling endpoint that `npm run serve` has. */
export function homeServerPlugin(): Plugin {
  return {
    name: 'coalition-home-server',
    configureServer(server) {
      server.middlewares.use(describe);
      if (server.httpServer) attachSignaling(server.httpServer as Server, { path: HOME_SIGNALING_PATH });
    },
    configurePreviewServer(server) {
      server.middlewares.use(describe);
      attachSignaling(server.httpServer as Server, { path: HOME_SIGNALING_PATH });
    },
  };
}
