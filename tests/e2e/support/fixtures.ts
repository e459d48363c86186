import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { KdfParams } from '../../../db/vault/kdf';
import { Harness, type HarnessOptions } from './harness';

export { expect };

/** libsodium's minimum Argon2id cost: the tests exercise the flows, not the key derivation's strength. */
export const CHEAP_KDF: KdfParams = { opslimit: 1, memlimit: 8192 };

export const test = base.extend<{ harnessOptions: HarnessOptions; harness: Harness }>({
  harnessOptions: [{ kdf: CHEAP_KDF }, { option: true }],
  harness: async ({ context, page, harnessOptions }, use) => {
    const harness = await Harness.start(context, page, harnessOptions);
    await use(harness);
    await harness.dispose();
    // Whatever the test did, nothing may have tried to leave the app's origin.
    expect(harness.outsideRequests).toEqual([]);
  },
});

/** axe-core over the page as it is now: no WCAG A/AA violations allowed. */
export async function expectAccessible(harness: Harness): Promise<void> {
  const results = await new AxeBuilder({ page: harness.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Keeps a screenshot of the current screen in the test output, under a readable name: the whole page from its top,
 * or, while a modal dialog is open, the window exactly as the user sees it.
 */
export async function keepScreenshot(harness: Harness, name: string): Promise<void> {
  const info = test.info();
  const dialogOpen = await harness.page.evaluate(() => document.querySelector('dialog[open]') !== null);
  if (!dialogOpen) await harness.page.evaluate(() => window.scrollTo(0, 0));
  await harness.page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: !dialogOpen });
}
