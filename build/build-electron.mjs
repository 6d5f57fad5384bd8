import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Output paths the rest of the project relies on: package.json `main` and the window's preload. */
export const MAIN_OUTFILE = 'dist-electron/main/index.mjs';
export const PRELOAD_OUTFILE = 'dist-electron/preload/index.cjs';

const shared = {
  absWorkingDir: projectDir,
  bundle: true,
  platform: 'node',
  target: 'node22', // Electron 45 ships Node 22
  sourcemap: true,
  logLevel: 'warning',
};

/** Bundles the main process (ESM) and the preload (CJS: sandboxed preloads cannot load ES modules). */
export async function buildElectron() {
  await Promise.all([
    build({
      ...shared,
      entryPoints: ['electron/main/index.ts'],
      outfile: MAIN_OUTFILE,
      format: 'esm',
      // Loaded from node_modules at run time: electron is provided by the runtime, electron-store is ESM-only.
      external: ['electron', 'electron-store'],
      // Bundled CommonJS dependencies may call require(); ESM output has none unless we provide it.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    }),
    build({
      ...shared,
      entryPoints: ['electron/preload/index.ts'],
      outfile: PRELOAD_OUTFILE,
      format: 'cjs',
      minify: true, // loaded on every page load; the source map keeps it debuggable
      // A sandboxed preload can require only a few Electron modules, so shared/ and zod are bundled in.
      external: ['electron'],
    }),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildElectron();
  console.log(`Built ${MAIN_OUTFILE} and ${PRELOAD_OUTFILE}`);
}
