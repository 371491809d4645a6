import { defineConfig } from '@playwright/test';

/**
 * E2E runs the *built* renderer (out/renderer) in Debian's Chromium, with the
 * contract injected and backed by the real core on temp SQLite files
 * (test/e2e/harness.ts). Playwright's own browser downloads are not used.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1366, height: 860 },
    // As the app does (main/index.ts: --lang from the interface language, French by default): Chromium
    // draws date fields in its own UI language, so without this the French pages showed US formats.
    locale: 'fr-FR',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--lang=fr-FR',
      ],
    },
  },
});
