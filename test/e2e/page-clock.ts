import type { Page } from '@playwright/test';

/**
 * Pauses a page's installed clock a moment from now. pauseAt must name a time
 * still ahead of the page's clock, and on a loaded machine more than 50 ms can
 * pass between reading that clock and pausing it: read again and retry, a
 * bounded number of times.
 */
export async function pauseClockNow(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const pageNow = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(pageNow + 50);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
}
