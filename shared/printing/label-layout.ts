import type { LabelSheet } from './label-sheets';
import type { RectMm } from './units';

/** Printer offset for one paper format, added to every position (positive = right / down). */
export interface Calibration {
  xMm: number;
  yMm: number;
}

/** Text stays this far inside each label's edges, so a sheet a little off in the printer still keeps every letter. */
export const LABEL_INSET_X_MM = 4;
export const LABEL_INSET_Y_MM = 3;
/**
 * A block that needs the room may come this close to the label's edge, and no closer: the cut of a label sheet and
 * the paper feed are each within about half a millimetre, which leaves at least 1 mm of white on the worst label.
 */
export const LABEL_MIN_INSET_MM = 1.5;

/** A label slot: the page index (0-based) and the row and column on that page (1-based, as the user counts them). */
export interface LabelSlot {
  page: number;
  row: number;
  column: number;
}

/** The label at (row, column), 1-based, shifted by the printer calibration. */
export function labelRect(sheet: LabelSheet, row: number, column: number, calibration: Calibration): RectMm {
  return {
    xMm: sheet.leftMm + (column - 1) * sheet.pitchXMm + calibration.xMm,
    yMm: sheet.topMm + (row - 1) * sheet.pitchYMm + calibration.yMm,
    widthMm: sheet.labelWidthMm,
    heightMm: sheet.labelHeightMm,
  };
}

const inset = (label: RectMm, xMm: number, yMm: number): RectMm => ({
  xMm: label.xMm + xMm,
  yMm: label.yMm + yMm,
  widthMm: Math.max(0, label.widthMm - 2 * xMm),
  heightMm: Math.max(0, label.heightMm - 2 * yMm),
});

/** The box the address is fitted into: the label minus its insets. */
export function labelTextBox(sheet: LabelSheet, row: number, column: number, calibration: Calibration): RectMm {
  return inset(labelRect(sheet, row, column, calibration), LABEL_INSET_X_MM, LABEL_INSET_Y_MM);
}

/**
 * The boxes an address may use on a label, in the order they are tried: the usual insets, then the label's padding
 * given up down to the minimum inset, for a block that would otherwise wrap more, shrink or not be printed.
 */
export function labelTextBoxes(sheet: LabelSheet, row: number, column: number, calibration: Calibration): RectMm[] {
  const label = labelRect(sheet, row, column, calibration);
  return [inset(label, LABEL_INSET_X_MM, LABEL_INSET_Y_MM), inset(label, LABEL_MIN_INSET_MM, LABEL_MIN_INSET_MM)];
}

/**
 * Where the first line of a label's text starts: its left edge and the top of its line box (text is top-aligned, so
 * this does not depend on the font size the address was fitted to).
 */
export function firstLineTopLeft(
  sheet: LabelSheet,
  row: number,
  column: number,
  calibration: Calibration,
): { xMm: number; yMm: number } {
  const box = labelTextBox(sheet, row, column, calibration);
  return { xMm: box.xMm, yMm: box.yMm };
}

/** True when (row, column) is a label of this sheet. */
export function isValidStart(sheet: LabelSheet, row: number, column: number): boolean {
  return (
    Number.isInteger(row) &&
    Number.isInteger(column) &&
    row >= 1 &&
    row <= sheet.rows &&
    column >= 1 &&
    column <= sheet.columns
  );
}

/**
 * The slots `count` labels occupy when printing starts at (startRow, startColumn) of the first sheet of a partly
 * used stack: left to right, then top to bottom, then the next sheet from its first label.
 */
export function placeLabels(sheet: LabelSheet, startRow: number, startColumn: number, count: number): LabelSlot[] {
  const perSheet = sheet.columns * sheet.rows;
  const first = (startRow - 1) * sheet.columns + (startColumn - 1);
  return Array.from({ length: count }, (_, i) => {
    const slot = first + i;
    const onPage = slot % perSheet;
    return {
      page: Math.floor(slot / perSheet),
      row: Math.floor(onPage / sheet.columns) + 1,
      column: (onPage % sheet.columns) + 1,
    };
  });
}
