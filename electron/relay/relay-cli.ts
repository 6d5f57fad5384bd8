import { cliOption, cliPort } from '../cli-options';
import { runServerCommand } from '../cli-server';
import { parseRedisUrl, startRelayServer, type RedisAddress } from './relay-server';

// `npm run relay -- --host 0.0.0.0 --port 4455 --data /var/lib/coalition-relay [--redis redis://127.0.0.1:6379]`
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const host = cliOption('host', '127.0.0.1');
const port = cliPort('4455');
const dataDir = cliOption('data', '') || fail('Say where the relay keeps its data: --data DIR');
const redisOption = cliOption('redis', '');
let redis: RedisAddress | undefined;
if (redisOption !== '') redis = parseRedisUrl(redisOption) ?? fail(`Not a redis:// address: ${redisOption}`);

runServerCommand('the relay', `${host}:${port}`, () => startRelayServer({ host, port, dataDir, ...(redis ? { redis } : {}), log: (message) => console.warn(message) }), (server) => [
  `Coalition desk relay listening on ${server.url}`,
]);
