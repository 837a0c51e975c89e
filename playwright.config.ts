import { defineConfig } from '@playwright/test'

// Browsers come from Debian (see tests/e2e/harness/chromium.ts); Playwright never downloads one here.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', use: {} },
    { name: 'electron', use: {} },
  ],
})
