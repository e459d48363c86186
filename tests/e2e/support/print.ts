import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fr } from '../../../shared/i18n/fr';
import { expect } from './fixtures';
import { openNav } from './flows';

/** Opens the Print section on one of its tabs (a pressed toggle button, not an ARIA tab). */
export async function openPrintTab(page: Page, tab: string): Promise<void> {
  await openNav(page, fr.nav.print);
  const toggle = page.getByRole('group', { name: fr.print.tabs.label }).getByRole('button', { name: tab, exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** The preview canvas, once pdf.js has drawn the given page into it. */
export async function expectPreviewRendered(page: Page, pageNumber = 1): Promise<void> {
  await expect(page.getByTestId('print-preview-canvas')).toHaveAttribute('data-rendered', String(pageNumber));
}

/** A folder outside the app's data dir standing for "where the user chose to save"; removed afterwards. */
export async function withChosenFolder(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-print-e2e-'));
  try {
    await run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
