import { runBundled } from './run-bundled.mjs';

// `npm run signal [-- --host H --port P]`: bundles the TypeScript server once, then runs it.
await runBundled('electron/sync/signal-cli.ts', 'signal.mjs');
