import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRelayServer } from '../../../electron/relay/relay-server';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { joinRelay, untilState } from './relay-kit';

const REDIS = '/usr/bin/redis-server';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Debian's redis-server on loopback, nothing written to disk; resolves once it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (redis.exitCode !== null || redis.pid === undefined) return resolve();
        redis.once('exit', () => resolve());
        process.kill(redis.pid, 'SIGTERM');
      }),
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    redis.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  return redis;
}

describe.skipIf(!existsSync(REDIS))(`two relays sharing one Redis (${REDIS})`, () => {
  it('carries changes between members on different relays', async () => {
    const port = await freePort();
    await startRedis(port);
    const relays = await Promise.all(
      [0, 1].map(async () => {
        const dir = await mkdtemp(join(tmpdir(), 'desk-relay-redis-'));
        const relay = await startRelayServer({ host: '127.0.0.1', port: 0, dataDir: dir, redis: { host: '127.0.0.1', port } });
        cleanups.push(() => rm(dir, { recursive: true, force: true }));
        cleanups.push(() => relay.close());
        return relay;
      }),
    );
    const ws = { workspaceId: crypto.randomUUID(), secret: newWorkspaceSecret() };
    const [a, b] = await Promise.all(relays.map((relay) => joinRelay(relay.url, ws)));
    if (!a || !b) throw new Error('two members expected');
    cleanups.push(() => a.stop());
    cleanups.push(() => b.stop());
    await Promise.all([untilState(a, 'synced'), untilState(b, 'synced')]);
    a.type('Drafted on the Lisbon relay. ');
    await vi.waitFor(() => expect(b.text()).toBe('Drafted on the Lisbon relay. '), { timeout: 30_000, interval: 10 });
    b.type('Answered on the Nairobi relay.');
    await vi.waitFor(() => expect(a.text()).toBe(b.text()), { timeout: 30_000, interval: 10 });
    expect(a.text()).toContain('Answered on the Nairobi relay.');
    // Starting Redis and two relays takes seconds on a loaded 2-core machine; the waits inside are bounded.
  }, 90_000);
});
