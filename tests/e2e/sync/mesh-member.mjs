// Starts and drives one mesh-peer.mjs process (see there for its commands), for mesh.spec.ts and
// build/bench-mesh.mjs. Every answer is bounded by the peer's own timeout: a peer that dies
// rejects what was waiting on it, with the end of its stderr.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MESH_PEER = fileURLToPath(new URL('./mesh-peer.mjs', import.meta.url));

export function startMeshPeer(options) {
  const child = spawn(process.execPath, [MESH_PEER, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const pending = new Map();
  let nextId = 1;
  let buffered = '';
  let stderr = '';
  let readyResolve;
  let readyReject;
  const ready = new Promise((resolve, reject) => ((readyResolve = resolve), (readyReject = reject)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (!text.startsWith('{')) continue;
      const answer = JSON.parse(text);
      if (answer.op === 'ready') readyResolve(answer);
      else pending.get(answer.id)?.resolve(answer);
      pending.delete(answer.id);
    }
  });
  child.once('exit', (code, signal) => {
    const error = new Error(`${options.name} exited (${code ?? signal}): ${stderr.trim().slice(-2000)}`);
    readyReject(error);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  // A rejection nobody awaits (the peer was killed on purpose) must not fail the run.
  ready.catch(() => undefined);
  return {
    name: options.name,
    child,
    ready,
    exited,
    stderr: () => stderr,
    alive: () => child.exitCode === null && child.signalCode === null,
    send(command) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`${options.name} is not running`));
        pending.set(id, { resolve, reject });
        child.stdin.write(`${JSON.stringify({ ...command, id })}\n`);
      });
    },
    /** Leaves the room as an app being closed would; bounded, then killed. */
    async stop(ms = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end(`${JSON.stringify({ op: 'exit', id: 0 })}\n`);
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
