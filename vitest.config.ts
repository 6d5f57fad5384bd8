import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some unit tests start real servers (signaling, relays, Redis): a loaded 2-core machine needs more than 5 s.
    testTimeout: 20_000,
  },
});
