import { spawn } from 'node:child_process';

export interface ServedWebEdition {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs `npm run serve` as a member would (the built web edition with its signaling) on a free
 * port of 127.0.0.1, and stops it. Resolves once the server prints its address.
 */
export function serveWebEdition(timeoutMs = 60_000): Promise<ServedWebEdition> {
  const child = spawn('npm', ['run', '--silent', 'serve', '--', '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(-(child.pid ?? 0), 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`npm run serve printed no address in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /web edition\): (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run serve exited with ${code}:\n${output}`));
    });
  });
}
