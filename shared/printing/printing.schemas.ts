import { z } from 'zod';
import { countryCode, id, isoDate, requiredLine } from '../common.schemas';
import { prisonerListInput, prisonerStatus, prisonerStatuses } from '../registry/prisoners.schemas';
import { envelopeWindows } from './envelopes';
import { moneyReportInputs } from '../money/money-report.schemas';

export const envelopeFormatIds = ['DL', 'C6', 'C6/5', 'C5', 'C4', 'US10'] as const;
export const envelopeFormatId = z.enum(envelopeFormatIds);
export { envelopeWindows };
export const envelopeWindow = z.enum(envelopeWindows);
/** Every paper a printer may need its own offsets for: the two sheet sizes and each envelope. */
export const papers = ['A4', 'Letter', ...envelopeFormatIds] as const;
export const paper = z.enum(papers);
export type Paper = z.infer<typeof paper>;

/** A printer's offset for one paper, in mm: positive moves the print right and down. */
export const calibration = z.strictObject({ xMm: z.number().min(-20).max(20), yMm: z.number().min(-20).max(20) });
export type CalibrationOffsets = z.output<typeof calibration>;
export const calibrations = z.partialRecord(paper, calibration);

const mm = (max: number) => z.number().positive().max(max);
const offsetMm = z.number().min(0).max(500);

/** Tolerance for "the grid fits": the catalogue's own figures are rounded to 0.05 mm. */
const FIT_TOLERANCE_MM = 0.1;

const geometryFields = {
  pageWidthMm: mm(1000),
  pageHeightMm: mm(1000),
  labelWidthMm: mm(1000),
  labelHeightMm: mm(1000),
  columns: z.number().int().min(1).max(20),
  rows: z.number().int().min(1).max(40),
  topMm: offsetMm,
  leftMm: offsetMm,
  pitchXMm: mm(1000),
  pitchYMm: mm(1000),
};
type Geometry = { [K in keyof typeof geometryFields]: number };

/** Problems of a sheet's geometry, as field paths: labels overlap or the grid runs off the page. */
export function geometryProblems(g: Geometry): { path: keyof Geometry; message: string }[] {
  const problems: { path: keyof Geometry; message: string }[] = [];
  if (g.pitchXMm + FIT_TOLERANCE_MM < g.labelWidthMm)
    problems.push({ path: 'pitchXMm', message: 'Labels overlap horizontally' });
  if (g.pitchYMm + FIT_TOLERANCE_MM < g.labelHeightMm)
    problems.push({ path: 'pitchYMm', message: 'Labels overlap vertically' });
  const right = g.leftMm + (g.columns - 1) * g.pitchXMm + g.labelWidthMm;
  const bottom = g.topMm + (g.rows - 1) * g.pitchYMm + g.labelHeightMm;
  if (right > g.pageWidthMm + FIT_TOLERANCE_MM)
    problems.push({ path: 'columns', message: 'The grid is wider than the page' });
  if (bottom > g.pageHeightMm + FIT_TOLERANCE_MM)
    problems.push({ path: 'rows', message: 'The grid is taller than the page' });
  return problems;
}

/** A custom label sheet as the user types it; the vault gives it its id. */
export const labelTemplateInput = z
  .strictObject({ name: requiredLine(120), ...geometryFields })
  .superRefine((g, ctx) => {
    for (const problem of geometryProblems(g))
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type LabelTemplateInput = z.input<typeof labelTemplateInput>;

/** Custom sheets are named `custom:<n>`; catalogue sheets by their maker's reference (`L7160`, `avery-5160`). */
export const customSheetId = z.string().regex(/^custom:[1-9]\d{0,15}$/u, 'custom:<n>');
export const sheetId = z.string().min(1).max(40);

export const labelSheet = z.strictObject({ id: sheetId, name: z.string(), ...geometryFields });
export type LabelSheetData = z.output<typeof labelSheet>;

export const sheetsOutput = z.strictObject({ catalogue: z.array(labelSheet), custom: z.array(labelSheet) });
export const templateUpdateInput = z.strictObject({ id: customSheetId, template: labelTemplateInput });
export const templateIdInput = z.strictObject({ id: customSheetId });

/**
 * Who is printed: the registry's filters (all of them narrow), or explicit prisoners. Archived prisoners are never
 * printed; "do not write", released and deceased prisoners only when the organizer includes them.
 */
export const printSelection = z.strictObject({
  prisonerIds: z.array(id).max(10_000).optional(),
  tagIds: z.array(id).max(100).default([]),
  facilityId: id.optional(),
  country: countryCode.optional(),
  statuses: z.array(prisonerStatus).max(prisonerStatuses.length).default([]),
  includeDoNotWrite: z.boolean().default(false),
  includeReleased: z.boolean().default(false),
  includeDeceased: z.boolean().default(false),
  /**
   * A writing evening: its letters out by post, one recipient per letter, in the order they were logged, each at the
   * block it was addressed to. The prisoner filters above do not apply; the exclusions do.
   */
  eveningId: id.optional(),
});
export type PrintSelection = z.output<typeof printSelection>;
export type PrintSelectionInput = z.input<typeof printSelection>;

/** The return address on envelopes: none, the group's (settings), or a member's (their optional postal address). */
export const senderChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('group') }),
  z.strictObject({ kind: z.literal('member'), memberId: id }),
]);
export type SenderChoice = z.output<typeof senderChoice>;

export const labelsJob = z.strictObject({
  kind: z.literal('labels'),
  sheetId,
  /** 1-based: the first free label of a partly used sheet. */
  startRow: z.number().int().min(1).max(40).default(1),
  startColumn: z.number().int().min(1).max(20).default(1),
  copies: z.number().int().min(1).max(100).default(1),
  outlines: z.boolean().default(false),
});
export const envelopesJob = z.strictObject({
  kind: z.literal('envelopes'),
  format: envelopeFormatId,
  window: envelopeWindow.default('none'),
  /** Left out: the group's return address when it has one, else none. */
  sender: senderChoice.optional(),
  senderPlacement: z.enum(['front', 'back']).default('front'),
});
export const printJob = z.discriminatedUnion('kind', [labelsJob, envelopesJob]);
export type PrintJob = z.output<typeof printJob>;

export const printRequest = z.strictObject({ selection: printSelection.prefault({}), job: printJob });
export type PrintRequest = z.output<typeof printRequest>;

export const exclusionReasons = ['do_not_write', 'released', 'deceased', 'no_current_stay'] as const;
export const exclusion = z.strictObject({ prisonerId: id, name: z.string(), reason: z.enum(exclusionReasons) });

/** What applies to a letter or a label; `facilityId` null for warnings about the job itself. */
export const warningKinds = [
  'letters_not_allowed',
  'letters_unknown',
  'sender_required',
  'sender_unknown',
  'rules_unknown',
] as const;
export const printWarning = z.strictObject({
  kind: z.enum(warningKinds),
  facilityId: id,
  facilityName: z.string(),
  /** How many selected recipients are at that facility. */
  recipients: z.number().int().nonnegative(),
});
export type PrintWarning = z.output<typeof printWarning>;

export const recipientProblem = z.strictObject({ prisonerId: id, name: z.string() });
export const unsupportedChars = z.strictObject({ prisonerId: id, name: z.string(), chars: z.array(z.string()) });

/** The return address's own problems: it is one block for the whole job. */
export const senderProblems = z.strictObject({ senderOverflow: z.boolean(), senderUnsupported: z.array(z.string()) });

export const printPlan = z.strictObject({
  recipients: z.number().int().nonnegative(),
  /** Labels or envelopes printed: recipients x copies. */
  items: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  excluded: z.array(exclusion),
  warnings: z.array(printWarning),
  /** Blocks that do not fit even at the smallest font size: listed, never clipped. */
  overflow: z.array(recipientProblem),
  /** Characters the embedded font cannot show. */
  unsupported: z.array(unsupportedChars),
  /** The sender block as printed, or null without one. */
  sender: z.array(z.string()).nullable(),
  ...senderProblems.shape,
  /**
   * Labels come closer to the paper's edge than most printers can print (a borderless sheet): text near that edge
   * may be lost in the printer's unprintable margin.
   */
  borderless: z.boolean(),
});
export type PrintPlan = z.output<typeof printPlan>;

/** The renderer picks the token so it can poll `print:progress` while `print:render` runs. */
export const progressToken = z.string().min(1).max(128);
export const renderInput = z.strictObject({ ...printRequest.shape, token: progressToken.optional() });
export const jobId = z.string().min(1).max(64);
export const renderedPdf = z.strictObject({
  jobId,
  pages: z.number().int().nonnegative(),
  /** The PDF exactly as it prints, for the preview; it stays in memory until sent, saved or the vault locks. */
  pdfBase64: z.string(),
});
export const renderOutput = z.strictObject({
  ...renderedPdf.shape,
  ...senderProblems.shape,
  /** The plan's who-and-what, as of this render: the command line prints from one call, not a plan then a render. */
  recipients: z.number().int().nonnegative(),
  excluded: z.array(exclusion),
  warnings: z.array(printWarning),
  overflow: z.array(recipientProblem),
  unsupported: z.array(unsupportedChars),
});
export const progressInput = z.strictObject({ token: progressToken });
export const progressOutput = z.strictObject({
  state: z.enum(['idle', 'running', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const jobInput = z.strictObject({ jobId });
export const sendOutput = z.strictObject({ status: z.enum(['sent', 'cancelled']) });
export const saveOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('written'), fileName: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const calibrationInput = z.strictObject({ paper });
export const calibrationOutput = renderedPdf;

export const prisonerReportColumns = [
  'name',
  'knownAs',
  'pronouns',
  'prisonerNumber',
  'facility',
  'city',
  'country',
  'status',
  'languages',
  'tags',
  'dateOfBirth',
  'expectedRelease',
  'notes',
] as const;
export const facilityReportColumns = ['name', 'kind', 'city', 'country', 'address', 'prisoners', 'rules'] as const;
/** The "minimal" preset leaves out what a meeting does not need and a seized printout should not hold. */
export const reportPresets = {
  minimal: ['name', 'knownAs', 'prisonerNumber', 'facility', 'city', 'country'],
  full: prisonerReportColumns,
} as const satisfies Record<string, readonly (typeof prisonerReportColumns)[number][]>;

const reportFormat = z.enum(['pdf', 'csv']);
export const reportInput = z.discriminatedUnion('list', [
  z.strictObject({
    list: z.literal('prisoners'),
    format: reportFormat,
    preset: z.enum(['minimal', 'full']).default('minimal'),
    /** Overrides the preset when given. */
    columns: z.array(z.enum(prisonerReportColumns)).min(1).max(prisonerReportColumns.length).optional(),
    /** The registry list's filters: a meeting list shows everyone the list shows. */
    filters: prisonerListInput.omit({ offset: true, limit: true }).prefault({}),
  }),
  z.strictObject({
    list: z.literal('facilities'),
    format: reportFormat,
    columns: z.array(z.enum(facilityReportColumns)).min(1).max(facilityReportColumns.length).optional(),
    includeArchived: z.boolean().default(false),
  }),
  /** Letters over a period (dates included): per prisoner and facility, out, in, returned and withheld with reasons. */
  z
    .strictObject({ list: z.literal('correspondence'), format: reportFormat, from: isoDate, to: isoDate })
    .refine((r) => r.from <= r.to, { message: 'The period ends before it starts', path: ['to'] }),
  /**
   * Prisoners the group can write to (a current stay, not "do not write") with no letter out in the last `days` days,
   * or never; left out, the group's own "no letter in N days" setting, as on Home.
   */
  z.strictObject({
    list: z.literal('notWrittenTo'),
    format: reportFormat,
    days: z.number().int().min(1).max(3650).optional(),
  }),
  ...moneyReportInputs,
]);
export type ReportInput = z.output<typeof reportInput>;
export const reportOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('rendered'), rows: z.number().int().nonnegative(), ...renderedPdf.shape }),
  z.strictObject({ status: z.literal('written'), fileName: z.string(), rows: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
