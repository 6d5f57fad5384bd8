import { bundleAndRun } from './bundle-and-run.mjs';

// `npm run signal [-- --host H --port P]`
await bundleAndRun('electron/sync/signal-cli.ts', 'signal');
