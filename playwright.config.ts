import { defineConfig } from '@playwright/test'

// Browsers come from Debian (see tests/e2e/harness/chromium.ts); Playwright never downloads one here.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/harness/globalSetup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', use: {} },
    { name: 'electron', use: {} },
  ],
})
