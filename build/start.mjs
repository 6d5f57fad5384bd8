import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectElectronBinary } from './electron-binary.mjs';

// `npm start`: the desktop app when Electron can run here, otherwise the web edition, never a crash.
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webOnly = process.argv.includes('--web');
// vite.config.ts names its root relative to the project, so run from there wherever we were called.
process.chdir(projectDir);

async function startDesktop(electronPath) {
  const { build } = await import('vite');
  const { buildElectron } = await import('./build-electron.mjs');
  await build({ configFile: path.join(projectDir, 'vite.config.ts'), logLevel: 'warn' });
  await buildElectron();
  // Chromium refuses to run as root with its OS sandbox on Linux; a root session (containers, CI) opts out of that layer only.
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  const child = spawn(electronPath, asRoot ? ['--no-sandbox', projectDir] : [projectDir], { stdio: 'inherit', cwd: projectDir });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function startWeb() {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: path.join(projectDir, 'vite.config.ts'),
    server: { host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.server.port;
  console.log(`Coalition desk (web edition): http://127.0.0.1:${port}/`);
  const stop = () => void server.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  if (!webOnly) {
    const electron = detectElectronBinary(projectDir);
    if (electron.available) return startDesktop(electron.path);
    console.log(`Electron is not available on this machine (${electron.reason}); serving the web edition instead.`);
  }
  return startWeb();
}

main().catch((error) => {
  console.error(`Coalition desk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
