import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleAndRun, projectDir } from './bundle-and-run.mjs';

// `npm run serve [-- --host H --port P]`: builds the web edition when it is not built yet, then serves it.
process.chdir(projectDir);
if (!existsSync(path.join(projectDir, 'dist', 'renderer', 'index.html'))) {
  console.log('Building the web edition first…');
  const vite = await import('vite');
  await vite.build({ configFile: path.join(projectDir, 'vite.config.ts'), logLevel: 'warn' });
}
await bundleAndRun('electron/serve/serve-cli.ts', 'serve');
