import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Harness } from './harness';

export { expect };

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ context, page }, use) => {
    const harness = await Harness.start(context, page);
    await use(harness);
    await harness.dispose();
    // Whatever the test did, nothing may have tried to leave the app's origin.
    expect(harness.outsideRequests).toEqual([]);
  },
});

/** axe-core over the page as it is now: no WCAG A/AA violations allowed. */
export async function expectAccessible(harness: Harness): Promise<void> {
  const results = await new AxeBuilder({ page: harness.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Keeps a full-page screenshot of the current screen in the test output, under a readable name. */
export async function keepScreenshot(harness: Harness, name: string): Promise<void> {
  const info = test.info();
  await harness.page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}
