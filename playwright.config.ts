import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium';

// Overridable so two suites can run side by side on one machine.
const WEB_PORT = Number(process.env.DESK_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${WEB_PORT}/` },
  projects: [
    {
      name: 'web',
      testIgnore: [/electron-.*\.spec\.ts/, /\/sync\//],
      use: { browserName: 'chromium', launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
    { name: 'electron', testMatch: /electron-.*\.spec\.ts/ },
    // Peer-to-peer tests: run inside a private network namespace by `npm run test:sync`.
    { name: 'sync', testMatch: /\/sync\/.*\.spec\.ts/, timeout: 120_000 },
  ],
  webServer: {
    command: `npx vite preview --port ${WEB_PORT}`,
    url: `http://127.0.0.1:${WEB_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
