// The reference point for Parloir's label speed: the same addresses merged onto Avery L7160 by gLabels 3
// (glabels-3-batch), the free tool groups use today. Only where it is installed: CI does not install it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LABEL_INSET_X_MM, LABEL_INSET_Y_MM } from '../../shared/printing/label-layout';
import { mmToPt } from '../../shared/printing/units';
import type { AddressItem } from '../../electron/services/printing/print-types';

const LABELS_PER_SHEET = 21;
// Repeating a run that already takes this long would make the bench slow for little gain.
const REPEAT_BELOW_MS = 20_000;
const REPEATS = 3;
const RUN_TIMEOUT_MS = 600_000;
const TOOLS = ['glabels-3-batch', 'pdfinfo'];

// gLabels' own Avery 7160 geometry (L7160 is its equivalent), from
// /usr/share/libglabels-3.0/templates/avery-iso-templates.xml, in points.
const LABEL_WIDTH_PT = 181.4;
const LABEL_HEIGHT_PT = 108;
// The text box and font sizes Parloir uses on the same label (labels.pdf.ts), so both tools lay out the same text.
const INSET_X_PT = mmToPt(LABEL_INSET_X_MM);
const INSET_Y_PT = mmToPt(LABEL_INSET_Y_MM);
const FONT_SIZE_PT = 11;

/** The missing tool the comparison needs, or null when it can run. */
export function missingGlabelsTool(): string | null {
  return TOOLS.find((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0) ?? null;
}

const xmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// gLabels' text parser is RFC 4180 plus backslash escapes, so backslashes are doubled as well as quotes.
const csvField = (value: string) =>
  `"${value
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '""')}"`;

/**
 * The merge source: one record per address, one column per line. The BOM makes gLabels read it as UTF-8 whatever
 * the locale (without it, it converts from the locale's charset and accented names come out empty under LANG=C).
 */
function mergeSource(items: AddressItem[], columns: string[]): string {
  const rows = items.map((item) => columns.map((_, index) => csvField(item.lines[index] ?? '')).join(','));
  return `\uFEFF${[columns.join(','), ...rows].join('\n')}\n`;
}

/** One text object holding every line's field, shrunk to fit as Parloir shrinks its text. */
function template(columns: string[], csvPath: string): string {
  const fields = columns.map((column) => `<Field name="${column}"/>`).join('<NL/>');
  return `<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Avery" part="L7160" size="A4" description="Mailing labels">
    <Meta category="label"/>
    <Meta category="mail"/>
    <Label-rectangle id="0" width="${LABEL_WIDTH_PT}pt" height="${LABEL_HEIGHT_PT}pt" round="5pt">
      <Markup-margin size="5pt"/>
      <Layout nx="3" ny="7" x0="21.2pt" y0="43.9pt" dx="187.2pt" dy="108pt"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-text x="${INSET_X_PT}pt" y="${INSET_Y_PT}pt" w="${LABEL_WIDTH_PT - 2 * INSET_X_PT}pt" h="${LABEL_HEIGHT_PT - 2 * INSET_Y_PT}pt" justify="Left" valign="Top" auto_shrink="True" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="Noto Sans" font_size="${FONT_SIZE_PT}" font_weight="Regular" font_italic="False" color="0xff" line_spacing="1">${fields}</Span>
    </Object-text>
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src="${xmlAttribute(csvPath)}"/>
</Glabels-document>
`;
}

function pdfPages(pdfPath: string): number {
  const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout)?.[1];
  if (info.status !== 0 || pages === undefined)
    throw new Error(`pdfinfo could not read the gLabels PDF: ${info.stderr}`);
  return Number(pages);
}

/** Wall clock of one glabels-3-batch process, from its start to its exit with the PDF written. */
function timeOneRun(dir: string, templatePath: string, expectedPages: number): number {
  const pdfPath = path.join(dir, 'out.pdf');
  fs.rmSync(pdfPath, { force: true });
  const started = performance.now();
  const run = spawnSync('glabels-3-batch', ['-o', pdfPath, templatePath], {
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`glabels-3-batch failed (${run.status ?? run.signal}): ${run.stderr}`);
  const pages = pdfPages(pdfPath);
  if (pages !== expectedPages) throw new Error(`gLabels printed ${pages} pages, expected ${expectedPages}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The same addresses merged by gLabels onto L7160 sheets: median wall clock of 3 runs (1 when a run takes over 20 s),
 * each checked to have printed every sheet. The files live in a private folder removed right after.
 */
export function glabelsLabelsMs(items: AddressItem[]): number {
  const columns = Array.from(
    { length: Math.max(1, ...items.map((item) => item.lines.length)) },
    (_, index) => `line${index + 1}`,
  );
  const expectedPages = Math.ceil(items.length / LABELS_PER_SHEET);
  // mkdtemp creates the folder readable by its owner only (0700).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-glabels-'));
  try {
    const csvPath = path.join(dir, 'addresses.csv');
    const templatePath = path.join(dir, 'addresses.glabels');
    fs.writeFileSync(csvPath, mergeSource(items, columns), { mode: 0o600 });
    fs.writeFileSync(templatePath, template(columns, csvPath), { mode: 0o600 });
    const runs = [timeOneRun(dir, templatePath, expectedPages)];
    if ((runs[0] ?? 0) < REPEAT_BELOW_MS) {
      while (runs.length < REPEATS) runs.push(timeOneRun(dir, templatePath, expectedPages));
    }
    return median(runs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
