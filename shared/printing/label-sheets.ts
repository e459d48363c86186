import { inchToMm, paperSizes } from './units';

/** A sheet of labels; every length in millimetres, measured from the page's top-left corner. */
export interface LabelSheet {
  /** Catalogue code, or `custom:<n>` for a template saved in the vault. */
  id: string;
  name: string;
  pageWidthMm: number;
  pageHeightMm: number;
  labelWidthMm: number;
  labelHeightMm: number;
  columns: number;
  rows: number;
  /** Distance from the page's top edge to the first row's top edge. */
  topMm: number;
  /** Distance from the page's left edge to the first column's left edge. */
  leftMm: number;
  /** Label width plus the horizontal gap. */
  pitchXMm: number;
  /** Label height plus the vertical gap. */
  pitchYMm: number;
}

const a4 = { pageWidthMm: paperSizes.A4.widthMm, pageHeightMm: paperSizes.A4.heightMm };
const letter = { pageWidthMm: paperSizes.Letter.widthMm, pageHeightMm: paperSizes.Letter.heightMm };

// Values from the manufacturers' published templates; US sheets are specified in inches.
export const labelSheets: readonly LabelSheet[] = [
  {
    id: 'L7160',
    name: 'Avery L7160',
    ...a4,
    labelWidthMm: 63.5,
    labelHeightMm: 38.1,
    columns: 3,
    rows: 7,
    topMm: 15.15,
    leftMm: 7.25,
    pitchXMm: 66,
    pitchYMm: 38.1,
  },
  {
    id: 'L7161',
    name: 'Avery L7161',
    ...a4,
    labelWidthMm: 63.5,
    labelHeightMm: 46.6,
    columns: 3,
    rows: 6,
    topMm: 8.7,
    leftMm: 7.25,
    pitchXMm: 66,
    pitchYMm: 46.6,
  },
  {
    id: 'L7162',
    name: 'Avery L7162',
    ...a4,
    labelWidthMm: 99.1,
    labelHeightMm: 33.9,
    columns: 2,
    rows: 8,
    topMm: 12.9,
    leftMm: 4.65,
    pitchXMm: 101.6,
    pitchYMm: 33.9,
  },
  {
    id: 'L7163',
    name: 'Avery L7163',
    ...a4,
    labelWidthMm: 99.1,
    labelHeightMm: 38.1,
    columns: 2,
    rows: 7,
    topMm: 15.15,
    leftMm: 4.65,
    pitchXMm: 101.6,
    pitchYMm: 38.1,
  },
  {
    id: 'L7165',
    name: 'Avery L7165',
    ...a4,
    labelWidthMm: 99.1,
    labelHeightMm: 67.7,
    columns: 2,
    rows: 4,
    topMm: 13.1,
    leftMm: 4.65,
    pitchXMm: 101.6,
    pitchYMm: 67.7,
  },
  {
    id: 'L7173',
    name: 'Avery L7173',
    ...a4,
    labelWidthMm: 99.1,
    labelHeightMm: 57,
    columns: 2,
    rows: 5,
    topMm: 6,
    leftMm: 4.65,
    pitchXMm: 101.6,
    pitchYMm: 57,
  },
  {
    id: '3474',
    name: 'Zweckform 3474',
    ...a4,
    labelWidthMm: 70,
    labelHeightMm: 37.125,
    columns: 3,
    rows: 8,
    topMm: 0,
    leftMm: 0,
    pitchXMm: 70,
    pitchYMm: 37.125,
  },
  {
    id: '3475',
    name: 'Zweckform 3475',
    ...a4,
    labelWidthMm: 70,
    labelHeightMm: 36,
    columns: 3,
    rows: 8,
    topMm: 4.5,
    leftMm: 0,
    pitchXMm: 70,
    pitchYMm: 36,
  },
  {
    id: 'herma-4474',
    name: 'Herma 4474',
    ...a4,
    labelWidthMm: 48.5,
    labelHeightMm: 25.4,
    columns: 4,
    rows: 10,
    topMm: 21.5,
    leftMm: 8,
    pitchXMm: 48.5,
    pitchYMm: 25.4,
  },
  {
    id: 'avery-5160',
    name: 'Avery 5160',
    ...letter,
    labelWidthMm: inchToMm(2.625),
    labelHeightMm: inchToMm(1),
    columns: 3,
    rows: 10,
    topMm: inchToMm(0.5),
    leftMm: inchToMm(0.1875),
    pitchXMm: inchToMm(2.75),
    pitchYMm: inchToMm(1),
  },
  {
    id: 'avery-5161',
    name: 'Avery 5161',
    ...letter,
    labelWidthMm: inchToMm(4),
    labelHeightMm: inchToMm(1),
    columns: 2,
    rows: 10,
    topMm: inchToMm(0.5),
    leftMm: inchToMm(0.15625),
    pitchXMm: inchToMm(4.1875),
    pitchYMm: inchToMm(1),
  },
  {
    id: 'avery-5163',
    name: 'Avery 5163',
    ...letter,
    labelWidthMm: inchToMm(4),
    labelHeightMm: inchToMm(2),
    columns: 2,
    rows: 5,
    topMm: inchToMm(0.5),
    leftMm: inchToMm(0.15625),
    pitchXMm: inchToMm(4.1875),
    pitchYMm: inchToMm(2),
  },
];

export function labelSheetById(id: string): LabelSheet | undefined {
  return labelSheets.find((sheet) => sheet.id === id);
}

export const labelsPerSheet = (sheet: LabelSheet): number => sheet.columns * sheet.rows;

/**
 * What most office printers cannot print along each edge of the paper: about 4 mm (often less at the sides, more at
 * the bottom). The calibration page draws this margin so the user can see their own printer's.
 */
export const UNPRINTABLE_MARGIN_MM = 4;

type SheetGeometry = Omit<LabelSheet, 'id' | 'name'>;

/** How close the labels come to the paper's nearest edge (0 when they touch it, as on Zweckform 3474). */
export function paperEdgeClearanceMm(sheet: SheetGeometry): number {
  const right = sheet.pageWidthMm - (sheet.leftMm + (sheet.columns - 1) * sheet.pitchXMm + sheet.labelWidthMm);
  const bottom = sheet.pageHeightMm - (sheet.topMm + (sheet.rows - 1) * sheet.pitchYMm + sheet.labelHeightMm);
  return Math.max(0, Math.min(sheet.leftMm, sheet.topMm, right, bottom));
}

/** A sheet whose labels reach into the printer's unprintable margin: text there may not be printed. */
export const isBorderless = (sheet: SheetGeometry): boolean => paperEdgeClearanceMm(sheet) < UNPRINTABLE_MARGIN_MM;
