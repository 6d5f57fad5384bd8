import { spawnSync } from 'node:child_process';

/**
 * Runs a command inside a private network namespace with a veth pair (see shared/TESTING.md):
 * Chromium gathers no WebRTC candidates on loopback alone, and nothing may leave this machine.
 * Needs root (as in CI); elsewhere it says why and exits 0 only when told to skip.
 */
const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node build/run-in-netns.mjs <command> [args...]');
  process.exit(2);
}

const setup = [
  'ip link set lo up',
  'ip link add v0 type veth peer name v1',
  'ip addr add 10.200.0.1/24 dev v0',
  'ip addr add 10.200.0.2/24 dev v1',
  'ip link set v0 up',
  'ip link set v1 up',
  'ip route add default via 10.200.0.2 dev v0',
].join(' && ');

const quoted = command.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
const result = spawnSync('unshare', ['-n', 'sh', '-c', `${setup} && exec ${quoted}`], { stdio: 'inherit' });
if (result.error) {
  console.error(`Could not create a private network namespace: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
