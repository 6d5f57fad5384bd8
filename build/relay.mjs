import { runBundled } from './run-bundled.mjs';

// `npm run relay -- --host H --port P --data DIR [--redis redis://H:P]`: bundles the TypeScript relay once, then runs it.
await runBundled('electron/relay/relay-cli.ts', 'relay.mjs');
