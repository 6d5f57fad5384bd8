import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// `npm run signal [-- --host H --port P]`: bundles the TypeScript server once, then runs it.
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(projectDir, 'dist-electron', 'signal.mjs');
await build({
  absWorkingDir: projectDir,
  entryPoints: ['electron/sync/signal-cli.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
