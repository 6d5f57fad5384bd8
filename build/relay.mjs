import { bundleAndRun } from './bundle-and-run.mjs';

// `npm run relay -- --host H --port P --data DIR [--redis redis://H:P]`
await bundleAndRun('electron/relay/relay-cli.ts', 'relay');
