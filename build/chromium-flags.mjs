// Debian's Chromium and the flags that keep it off the network on our machines (shared/TESTING.md):
// the one list for the e2e tests (tests/e2e/support/chromium.ts) and the benches (build/bench.mjs,
// tests/bench/sync-harness.mjs). Headless comes from Playwright's `headless` option.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WebRTC between instances: real local addresses instead of mDNS names, so no multicast is needed. */
export const WEBRTC_FLAGS = ['--disable-features=WebRtcHideLocalIpsWithMdns'];

/** A resolver that knows no host name: the pages only ever talk to 127.0.0.1. */
export const LOOPBACK_ONLY_FLAGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
