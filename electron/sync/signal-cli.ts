import { startSignalingServer } from './signaling-server';

// `npm run signal -- --host 0.0.0.0 --port 4444`: our own signaling server for a coalition's small server.
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const host = option('host', '127.0.0.1');
const port = Number(option('port', '4444'));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${option('port', '')}`);
  process.exit(2);
}

startSignalingServer({ host, port, log: (message) => console.warn(message) }).then(
  (server) => {
    console.log(`Coalition desk signaling server listening on ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(`Could not start the signaling server on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
