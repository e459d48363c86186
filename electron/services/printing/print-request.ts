import { composeSenderBlock } from '../../../shared/address/compose-sender';
import { AppError } from '../../../shared/errors';
import {
  addressTextBox,
  envelopeFormatById,
  senderBackBox,
  senderFrontBox,
  windowFitsFormat,
  windowsForFormat,
  type EnvelopeFormat,
} from '../../../shared/printing/envelopes';
import { resources } from '../../../shared/i18n';
import type { Language } from '../../../shared/settings/settings.schemas';
import { labelSheetById, type LabelSheet } from '../../../shared/printing/label-sheets';
import { labelTextBoxes, isValidStart } from '../../../shared/printing/label-layout';
import { mmToPt, paperSizes, type RectMm } from '../../../shared/printing/units';
import type { CalibrationOffsets, Paper, PrintJob, SenderChoice } from '../../../shared/printing/printing.schemas';
import type { SenderAddress } from '../../../shared/settings/sender.schemas';
import { findTemplate } from '../../../db/printing/templates.queries';
import { findMember } from '../../../db/registry/members.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { getVaultSetting } from '../../../db/settings/settings.queries';
import { ENVELOPE_SIZES, SENDER_SIZES } from './envelopes.pdf';
import { fitBlock, runMeasure, type FitSizes } from './fit-text';
import { regularFace } from './fonts';
import { LABEL_SIZES } from './labels.pdf';
import type { Calibration } from './print-types';

const NO_OFFSET: Calibration = { xMm: 0, yMm: 0 };
const SAME_MM = 0.5;

/** A catalogue sheet by its code, or one of the vault's custom templates. */
export async function resolveSheet(db: RegistryDb, sheetId: string): Promise<LabelSheet> {
  const sheet = labelSheetById(sheetId) ?? (await findTemplate(db, sheetId));
  if (!sheet) throw new AppError('NOT_FOUND', `No label sheet ${sheetId}`);
  return sheet;
}

/**
 * A window the envelope is not made with, in the user's words: the field, the format, and the windows it does come
 * with, so the caller (a script, or a form out of date) can pick one.
 */
export function windowRefusal(format: EnvelopeFormat, window: string, language: Language): string {
  const words = resources[language].translation.print.envelope;
  const name = (id: string) => (id in words.windows ? words.windows[id as keyof typeof words.windows] : id);
  const choices = windowsForFormat(format)
    .map((choice) => `${name(choice)} (${choice})`)
    .join(', ');
  return words.windowRefused
    .replaceAll('{{field}}', words.window)
    .replaceAll('{{format}}', format.id)
    .replaceAll('{{window}}', name(window))
    .replaceAll('{{choices}}', choices);
}

export function resolveFormat(job: Extract<PrintJob, { kind: 'envelopes' }>, language: Language): EnvelopeFormat {
  const format = envelopeFormatById(job.format);
  if (!format) throw new AppError('NOT_FOUND', `No envelope format ${job.format}`);
  if (!windowFitsFormat(format, job.window)) {
    const message = windowRefusal(format, job.window, language);
    throw new AppError('VALIDATION', message, { issues: [{ path: ['job', 'window'], message }] });
  }
  return format;
}

export function checkStart(sheet: LabelSheet, job: Extract<PrintJob, { kind: 'labels' }>): void {
  if (!isValidStart(sheet, job.startRow, job.startColumn)) {
    throw new AppError('VALIDATION', 'The first label is outside the sheet', {
      issues: [{ path: ['job', 'startRow'], message: `The sheet has ${sheet.rows} rows and ${sheet.columns} columns` }],
    });
  }
}

/** The paper whose offsets apply: a label sheet on A4 or Letter; custom sizes print without offsets. */
export function paperOfSheet(sheet: LabelSheet): Paper | null {
  for (const paper of ['A4', 'Letter'] as const) {
    const size = paperSizes[paper];
    if (Math.abs(size.widthMm - sheet.pageWidthMm) < SAME_MM && Math.abs(size.heightMm - sheet.pageHeightMm) < SAME_MM)
      return paper;
  }
  return null;
}

export async function calibrationFor(db: RegistryDb, paper: Paper | null): Promise<Calibration> {
  if (paper === null) return NO_OFFSET;
  const saved = await getVaultSetting<Partial<Record<Paper, CalibrationOffsets>>>(db, 'calibrations');
  return saved?.[paper] ?? NO_OFFSET;
}

export async function groupCountryOf(db: RegistryDb): Promise<string | null> {
  return getVaultSetting<string>(db, 'groupCountry');
}

/**
 * The return address chosen for the job, or null; a profile that has no address is an error the user can fix. An
 * envelope job that does not say is sent from the group when the group has an address: many prisons return mail
 * without one.
 */
export async function senderAddressOf(db: RegistryDb, job: PrintJob): Promise<SenderAddress | null> {
  if (job.kind !== 'envelopes') return null;
  const group = await getVaultSetting<SenderAddress>(db, 'groupSender');
  const sender: SenderChoice = job.sender ?? (group ? { kind: 'group' } : { kind: 'none' });
  if (sender.kind === 'none') return null;
  if (sender.kind === 'group') {
    if (!group) throw new AppError('NOT_FOUND', 'The group has no return address yet');
    return group;
  }
  const member = await findMember(db, sender.memberId);
  if (!member?.postal) throw new AppError('NOT_FOUND', 'This member has no postal address');
  return member.postal;
}

/** One sender block for the whole job: its country line is kept unless every letter stays in one country. */
export function senderLines(
  sender: SenderAddress | null,
  destinations: readonly string[],
  language?: Language,
): string[] | null {
  if (!sender) return null;
  const countries = new Set(destinations);
  const only = countries.size === 1 ? [...countries][0] : undefined;
  return composeSenderBlock(sender, only ?? null, language);
}

/** The boxes each address may use, and the font sizes, for the dry layout of a plan. */
export function fitBoxes(
  job: PrintJob,
  sheet: LabelSheet | null,
  format: EnvelopeFormat | null,
): { boxes: RectMm[]; sizes: FitSizes } {
  if (job.kind === 'labels' && sheet) return { boxes: labelTextBoxes(sheet, 1, 1, NO_OFFSET), sizes: LABEL_SIZES };
  if (format && job.kind === 'envelopes') return { boxes: [addressTextBox(format, job.window)], sizes: ENVELOPE_SIZES };
  throw new AppError('INTERNAL', 'No layout for this job');
}

/** A run's advance width at 1 pt in the embedded font (runs as pdfkit shapes them: fit-text.ts runMeasure). */
function runWidth(run: string): number {
  const face = regularFace();
  return face.layout(run).advanceWidth / face.unitsPerEm;
}

/**
 * The engine's own fitting rule, without drawing: whether a block fits one of `boxes` at some allowed size. The
 * widths are kept for one plan only (prison and country lines repeat from one address to the next; shaping is the
 * cost), and dropped with it: no name outlives the call in memory.
 */
export function planFitter(boxes: readonly RectMm[], sizes: FitSizes) {
  const measure = runMeasure(runWidth);
  const boxesPt = boxes.map((box) => ({ widthPt: mmToPt(box.widthMm), heightPt: mmToPt(box.heightMm) }));
  return (lines: readonly string[], wholeTail: number): boolean =>
    fitBlock({ lines, wholeTail, unitWidth: measure, boxes: boxesPt, sizes }).fits;
}

/** Whether the sender block fits where it goes: the top left of the front, or the back flap. */
export function senderFits(lines: readonly string[], format: EnvelopeFormat, job: PrintJob): boolean {
  if (job.kind !== 'envelopes') return true;
  const box = job.senderPlacement === 'back' ? senderBackBox(format) : senderFrontBox(format, job.window);
  return planFitter([box], SENDER_SIZES)(lines, 1);
}
