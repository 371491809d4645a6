import { expect, type Page, test } from '@playwright/test';
import { type Harness, startHarness } from './harness';

/**
 * No Node in the renderer, in the built bundle as the windows load it: the
 * control room and the projector page have no `process`, `require`, `module`,
 * `Buffer` or `ipcRenderer`, nothing on `window` looks like an IPC handle, and
 * the page's CSP stops injected inline scripts and inline event handlers
 * (what an XSS in a team name would try).
 */
let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
  const opened = await harness.dispatch('file.loadDemo', {}, { trustedSender: true });
  expect(opened.ok).toBe(true);
});
test.afterEach(async () => {
  await harness.close();
});

async function nodeSurface(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const ipcLike = Object.getOwnPropertyNames(window).filter((key) => {
      try {
        const value = w[key];
        return value !== null && typeof value === 'object' && ('sendSync' in value || 'ipcRenderer' in value);
      } catch {
        return false;
      }
    });
    return {
      process: typeof w.process,
      require: typeof w.require,
      module: typeof w.module,
      exports: typeof w.exports,
      Buffer: typeof w.Buffer,
      global: typeof w.global,
      ipcRenderer: typeof w.ipcRenderer,
      electron: typeof w.electron,
      ipcLike,
    };
  });
}

const NO_NODE = {
  process: 'undefined',
  require: 'undefined',
  module: 'undefined',
  exports: 'undefined',
  Buffer: 'undefined',
  global: 'undefined',
  ipcRenderer: 'undefined',
  electron: 'undefined',
  ipcLike: [],
};

test('the control room and the projector page have no Node and no IPC handle', async ({ browser }) => {
  const control = await browser.newPage();
  await harness.attach(control, 'setup');
  await expect(control.getByRole('heading', { name: 'Hackathon Fenua Numérique 2026' })).toBeVisible();
  const display = await browser.newPage();
  await harness.attach(display, 'display');
  await expect(display.locator('#root')).not.toBeEmpty();
  expect(await nodeSurface(control)).toEqual(NO_NODE);
  expect(await nodeSurface(display)).toEqual(NO_NODE);
  await control.close();
  await display.close();
});

test('the page CSP stops injected inline scripts and inline event handlers', async ({ page }) => {
  await harness.attach(page, 'setup');
  await expect(page.getByRole('heading', { name: 'Hackathon Fenua Numérique 2026' })).toBeVisible();
  // What markup smuggled into a team name would try, if any view ever rendered it as HTML.
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__script = true;';
    document.body.appendChild(script);
    const box = document.createElement('div');
    box.innerHTML = '<img src="./no-such-image.png" onerror="window.__onerror = true">';
    document.body.appendChild(box);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__onclick = true');
    document.body.appendChild(button);
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { ran: [w.__script, w.__onerror, w.__onclick].filter(Boolean).length, violations };
  });
  expect(outcome.ran).toBe(0);
  expect(outcome.violations.filter((d) => d.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
});
