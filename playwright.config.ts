import { defineConfig } from '@playwright/test';

// Browsers come from the machine (Debian's chromium and firefox-esr), never from a download:
// see tests/e2e/browsers.ts. Each spec launches its own browser with the built extension.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
