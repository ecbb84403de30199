import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * e2e runs against the production build (mocking off) served by `vite preview`, which proxies
 * /api/v3 and /cr-api to the standalone mock server. Both on uncommon, configurable ports with
 * --strictPort, never reusing a server we did not start.
 */
const APP_PORT = Number(process.env.E2E_PORT ?? 47391);
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 47392);

function browserPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const system = candidates.find((p) => existsSync(p));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  throw new Error(
    'No Chromium found: install one with `apt-get update && apt-get install -y chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH.',
  );
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // One mock server holds state: run journeys one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? 'line' : [['list']],
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
  },
  metadata: { mockUrl: `http://localhost:${MOCK_PORT}` },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: browserPath() } },
    },
  ],
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs mocks/server.ts`,
      env: { PORT: String(MOCK_PORT) },
      url: `http://localhost:${MOCK_PORT}/api/v3/status/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${process.env.E2E_SKIP_BUILD ? '' : 'node node_modules/vite/bin/vite.js build --logLevel warn && '}node node_modules/vite/bin/vite.js preview --port ${APP_PORT} --strictPort`,
      env: { API_PROXY_TARGET: `http://localhost:${MOCK_PORT}` },
      url: `http://localhost:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
