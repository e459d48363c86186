// Printing figures on the large fixture: 3,000 L7160 labels (time and peak memory) and 1,000 DL envelopes, from
// addresses composed as the app composes them. Each print runs in a child process started from an esbuild bundle of
// this file beside the bundled print worker, the way the built app runs (dist/main/print.worker.mjs, fonts/ beside):
// no tsx transpiling in the worker, and the child's peak RSS (getrusage maxRSS: Node and the worker together) is the
// print's own, not the unlock's 256 MiB Argon2id. Addresses reach the child through a pipe, never a file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { composeAddressBlock } from '../../shared/address/compose-address';
import { envelopeFormatById, type EnvelopeFormat } from '../../shared/printing/envelopes';
import { labelSheetById, type LabelSheet } from '../../shared/printing/label-sheets';
import type { AddressItem, RenderOutcome } from '../../electron/services/printing/print-types';
import { glabelsLabelsMs, missingGlabelsTool } from './glabels.bench';

const LABELS = 3000;
const ENVELOPES = 1000;
const CHILD_FLAG = '--printing-child';
type PrintKind = 'labels' | 'envelopes';

interface PrintingFigure {
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 'MB' | '×';
}

interface ChildFigures {
  ms: number;
  rssMb: number;
  pages: number;
}

async function fixtureAddresses(): Promise<AddressItem[]> {
  const { VaultSession } = await import('../../db/vault/vault-session');
  const { LARGE_VAULT_PASSPHRASE, largeVault } = await import('./registry.bench');
  const vault = new VaultSession({ dataDir: await largeVault() });
  await vault.unlock('passphrase', LARGE_VAULT_PASSPHRASE);
  try {
    const rows = await vault.db
      .selectFrom('stays')
      .innerJoin('prisoners', 'prisoners.id', 'stays.prisoner_id')
      .innerJoin('facilities', 'facilities.id', 'stays.facility_id')
      .where('stays.to_date', 'is', null)
      // Only those a print job prints (exclusions aside), so the command line prints the very same addresses.
      .where('prisoners.status', 'not in', ['released', 'deceased'])
      .where('prisoners.do_not_write', '=', 0)
      .select([
        'prisoners.id',
        'family_name',
        'given_names',
        'prisoner_number',
        'facilities.name',
        'country',
        'street',
        'extra',
        'po_box',
        'postcode',
        'city',
        'region',
      ])
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
        address: {
          country: row.country,
          street: row.street,
          extra: row.extra,
          poBox: row.po_box,
          postcode: row.postcode,
          city: row.city,
          region: row.region,
        },
        senderCountry: 'FR',
      }),
    }));
  } finally {
    await vault.lock();
  }
}

/**
 * In the bundled child: one print as the app makes it, timed from the request to the PDF bytes. Above 300 items the
 * engine starts a new worker thread for the job, so the time includes loading the worker cold, as a user waits for it.
 */
async function childMain(kind: PrintKind): Promise<void> {
  const { renderEnvelopes, renderLabels } = await import('../../electron/services/printing/print-engine');
  const items = JSON.parse(fs.readFileSync(0, 'utf8')) as AddressItem[];
  const calibration = { xMm: 0, yMm: 0 };
  const started = performance.now();
  let outcome: RenderOutcome;
  if (kind === 'labels') {
    outcome = await renderLabels({
      sheet: labelSheetById('L7160') as LabelSheet,
      startRow: 1,
      startColumn: 1,
      copies: 1,
      outlines: false,
      calibration,
      items,
    });
  } else {
    outcome = await renderEnvelopes({
      format: envelopeFormatById('DL') as EnvelopeFormat,
      window: 'din680',
      sender: null,
      senderPlacement: 'front',
      calibration,
      items,
    });
  }
  const ms = performance.now() - started;
  const figures: ChildFigures = { ms, rssMb: process.resourceUsage().maxRSS / 1024, pages: outcome.pages };
  console.log(JSON.stringify(figures));
}

/** This file and the print worker bundled as the app bundles them, with the fonts beside, as in dist/main. */
async function bundleChild() {
  const { PROJECT_ROOT, bundleScripts } = await import('../support/bundle');
  const bundle = await bundleScripts({
    'printing-child': 'tests/bench/printing.bench.ts',
    parloir: 'cli/parloir.ts',
    'print.worker': 'electron/services/printing/print-worker.ts',
  });
  const fontPackage = path.join(PROJECT_ROOT, 'node_modules/@expo-google-fonts/noto-sans');
  fs.mkdirSync(path.join(bundle.dir, 'fonts'));
  for (const font of ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf']) {
    fs.copyFileSync(path.join(fontPackage, font), path.join(bundle.dir, 'fonts', path.basename(font)));
  }
  return bundle;
}

export const printingMeasurement = {
  name: `printing: ${LABELS} L7160 labels and ${ENVELOPES} DL envelopes from the large fixture, built bundle, cold worker; the command line end to end`,
  async run(): Promise<PrintingFigure[]> {
    const items = await fixtureAddresses();
    const bundle = await bundleChild();
    const child = (kind: PrintKind, input: AddressItem[]): ChildFigures => {
      const output = execFileSync(process.execPath, [bundle.files['printing-child'] ?? '', CHILD_FLAG, kind], {
        env: bundle.env,
        input: JSON.stringify(input),
        encoding: 'utf8',
      });
      return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ChildFigures;
    };
    try {
      const labels = child('labels', items);
      const envelopes = child('envelopes', items.slice(0, ENVELOPES));
      const figures: PrintingFigure[] = [
        {
          key: 'labels_3000_ms',
          label: `${LABELS} L7160 labels, request to PDF bytes, new worker thread (goal < 1500 ms)`,
          value: Math.round(labels.ms),
          unit: 'ms',
        },
        {
          key: 'labels_3000_rss_mb',
          label: 'peak RSS of the process laying them out (goal < 300 MB)',
          value: Math.round(labels.rssMb),
          unit: 'MB',
        },
        {
          key: 'envelopes_1000_ms',
          label: `${ENVELOPES} DL envelopes, request to PDF bytes, new worker thread`,
          value: Math.round(envelopes.ms),
          unit: 'ms',
        },
      ];
      const { LARGE_VAULT_PASSPHRASE, largeVault } = await import('./registry.bench');
      // Imported here, so the bundled child that measures memory does not carry the whole application.
      const { cliLabelsFigures } = await import('./cli-labels.bench');
      const cli = await cliLabelsFigures(
        bundle.files.parloir ?? '',
        bundle.env,
        await largeVault(),
        LARGE_VAULT_PASSPHRASE,
        items.map((item) => item.id),
      );
      if (cli.printed !== items.length) throw new Error(`parloir labels printed ${cli.printed} of ${items.length}`);
      figures.push(
        {
          key: 'cli_labels_3000_ms',
          label: `parloir labels, ${LABELS} L7160 labels: new process on the built bundle, unlock, PDF written`,
          value: Math.round(cli.labelsMs),
          unit: 'ms',
        },
        {
          key: 'cli_start_unlock_ms',
          label: 'of which start and unlock alone (parloir call settings:get, Argon2id 256 MiB)',
          value: Math.round(cli.startUnlockMs),
          unit: 'ms',
        },
      );
      const missing = missingGlabelsTool();
      if (missing) {
        // On stderr, so `--json` output stays one JSON object.
        console.error(`  ${missing} is not installed: the gLabels comparison (glabels_ratio) is skipped`);
        return figures;
      }
      const glabelsMs = glabelsLabelsMs(items);
      return [
        ...figures,
        {
          key: 'glabels_3000_ms',
          label: `the same ${LABELS} labels merged by glabels-3-batch, process wall clock`,
          value: Math.round(glabelsMs),
          unit: 'ms',
        },
        {
          key: 'glabels_ratio',
          label: 'Parloir time / gLabels time (below 1: Parloir is faster)',
          value: Math.round((labels.ms / glabelsMs) * 100) / 100,
          unit: '×',
        },
        {
          key: 'cli_glabels_ratio',
          label: 'parloir labels (start, unlock, PDF) / gLabels time (goal ≤ 0.5)',
          value: Math.round((cli.labelsMs / glabelsMs) * 100) / 100,
          unit: '×',
        },
      ];
    } finally {
      bundle.remove();
    }
  },
};

const flag = process.argv.indexOf(CHILD_FLAG);
if (flag >= 0) await childMain(process.argv[flag + 1] === 'envelopes' ? 'envelopes' : 'labels');
