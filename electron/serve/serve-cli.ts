import path from 'node:path';
import { cliOption, cliPort } from '../cli-options';
import { runServerCommand } from '../cli-server';
import { startWebEditionServer } from './web-edition-server';

// `npm run serve -- --host 0.0.0.0 --port 8080 [--root dist/renderer]`: the web edition with its signaling.
const host = cliOption('host', '127.0.0.1');
const port = cliPort('8080');
const root = path.resolve(cliOption('root', 'dist/renderer'));
runServerCommand('the web edition', `${host}:${port}`, () => startWebEditionServer({ root, host, port, log: (message) => console.warn(message) }), (server) => [
  `Coalition desk (web edition): ${server.url}`,
  `Signaling for its members: ${server.signalingUrl}`,
]);
