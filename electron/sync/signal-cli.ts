import { cliOption, cliPort } from '../cli-options';
import { runServerCommand } from '../cli-server';
import { startSignalingServer } from './signaling-server';

// `npm run signal -- --host 0.0.0.0 --port 4444`: our own signaling server for a coalition's small server.
const host = cliOption('host', '127.0.0.1');
const port = cliPort('4444');
runServerCommand('the signaling server', `${host}:${port}`, () => startSignalingServer({ host, port, log: (message) => console.warn(message) }), (server) => [
  `Coalition desk signaling server listening on ${server.url}`,
]);
