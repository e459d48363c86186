// Printing figures on the large fixture: 3,000 L7160 labels (time and peak memory) and 1,000 DL envelopes, from
// addresses composed as the app composes them. The labels are laid out in a child process (this file, run with
// --printing-child) so its peak RSS (getrusage maxRSS: Node, tsx and the print worker together) is the print's own,
// not the unlock's 256 MiB Argon2id. Addresses reach the child through a pipe, never a file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeAddressBlock } from '../../shared/address/compose-address';
import { envelopeFormatById, type EnvelopeFormat } from '../../shared/print/envelopes';
import { labelSheetById, type LabelSheet } from '../../shared/print/label-sheets';
import type { AddressItem } from '../../electron/services/printing/print-types';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
// The vault registry.bench.ts writes and caches (same folder, same passphrase); the registry bench runs first.
const LARGE_VAULT = path.join(PROJECT_ROOT, '.bench-data', 'registry-large-v1');
const PASSPHRASE = 'orange tabouret velours 1987 marée';
const LABELS = 3000;
const ENVELOPES = 1000;

interface PrintingFigure {
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 'MB';
}

async function fixtureAddresses(): Promise<AddressItem[]> {
  const { VaultSession } = await import('../../db/vault/vault-session');
  if (!fs.existsSync(LARGE_VAULT)) throw new Error('The large fixture vault is missing: run the registry bench first');
  const vault = new VaultSession({ dataDir: LARGE_VAULT });
  await vault.unlock('passphrase', PASSPHRASE);
  try {
    const rows = await vault.db
      .selectFrom('stays')
      .innerJoin('prisoners', 'prisoners.id', 'stays.prisoner_id')
      .innerJoin('facilities', 'facilities.id', 'stays.facility_id')
      .where('stays.to_date', 'is', null)
      .select(['prisoners.id', 'family_name', 'given_names', 'prisoner_number', 'facilities.name', 'country', 'street', 'extra', 'po_box', 'postcode', 'city', 'region'])
      .orderBy('prisoners.id')
      .limit(LABELS)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      lines: composeAddressBlock({
        familyName: row.family_name,
        givenNames: row.given_names,
        prisonerNumber: row.prisoner_number,
        facilityName: row.name,
        address: { country: row.country, street: row.street, extra: row.extra, poBox: row.po_box, postcode: row.postcode, city: row.city, region: row.region },
        senderCountry: 'FR',
      }),
    }));
  } finally {
    await vault.lock();
  }
}

/** In the child: lay out the labels as the app does (a worker thread above 300) and report time and peak RSS. */
async function childMain(): Promise<void> {
  const { renderLabels } = await import('../../electron/services/printing/print-engine');
  const items = JSON.parse(fs.readFileSync(0, 'utf8')) as AddressItem[];
  const sheet = labelSheetById('L7160') as LabelSheet;
  const started = performance.now();
  const outcome = await renderLabels({ sheet, startRow: 1, startColumn: 1, copies: 1, outlines: false, calibration: { xMm: 0, yMm: 0 }, items });
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, pages: outcome.pages, overflow: outcome.overflow.length }));
}

export const printingMeasurement = {
  name: `printing: ${LABELS} L7160 labels and ${ENVELOPES} DL envelopes from the large fixture`,
  async run(): Promise<PrintingFigure[]> {
    const items = await fixtureAddresses();
    const child = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--printing-child'], {
      cwd: PROJECT_ROOT,
      input: JSON.stringify(items),
      encoding: 'utf8',
    });
    const labels = JSON.parse(child.trim().split('\n').at(-1) ?? '{}') as { ms: number; rssMb: number };

    const { renderEnvelopes } = await import('../../electron/services/printing/print-engine');
    const started = performance.now();
    await renderEnvelopes({
      format: envelopeFormatById('DL') as EnvelopeFormat, window: 'din680', sender: null, senderPlacement: 'front',
      calibration: { xMm: 0, yMm: 0 }, items: items.slice(0, ENVELOPES),
    });
    const envelopesMs = performance.now() - started;
    console.log('  glabels-3-batch is not installed: the gLabels comparison (glabels_ratio) is skipped');
    return [
      { key: 'labels_3000_ms', label: `${LABELS} L7160 labels, worker thread (goal < 1500 ms)`, value: Math.round(labels.ms), unit: 'ms' },
      { key: 'labels_3000_rss_mb', label: 'peak RSS of the process laying them out (goal < 300 MB)', value: Math.round(labels.rssMb), unit: 'MB' },
      { key: 'envelopes_1000_ms', label: `${ENVELOPES} DL envelopes, worker thread`, value: Math.round(envelopesMs), unit: 'ms' },
    ];
  },
};

if (process.argv.includes('--printing-child')) await childMain();
