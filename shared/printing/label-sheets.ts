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
