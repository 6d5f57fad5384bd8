import { parseRedisUrl, startRelayServer, type RedisAddress } from './relay-server';

// `npm run relay -- --host 0.0.0.0 --port 4455 --data /var/lib/coalition-relay [--redis redis://127.0.0.1:6379]`
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const host = option('host') ?? '127.0.0.1';
const port = Number(option('port') ?? '4455');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Not a port number: ${option('port') ?? ''}`);
const dataDir = option('data') ?? fail('Say where the relay keeps its data: --data DIR');
const redisOption = option('redis');
let redis: RedisAddress | undefined;
if (redisOption !== undefined) redis = parseRedisUrl(redisOption) ?? fail(`Not a redis:// address: ${redisOption}`);

startRelayServer({ host, port, dataDir, ...(redis ? { redis } : {}), log: (message) => console.warn(message) }).then(
  (server) => {
    console.log(`Coalition desk relay listening on ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(`Could not start the relay on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
