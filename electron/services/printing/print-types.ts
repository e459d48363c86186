import type { EnvelopeFormat, EnvelopeWindow } from '../../../shared/printing/envelopes';
import type { Calibration } from '../../../shared/printing/label-layout';
import type { LabelSheet } from '../../../shared/printing/label-sheets';

export type { Calibration } from '../../../shared/printing/label-layout';

/** One address to print: `lines` as composeAddressBlock returned them, `id` to report problems against. */
export interface AddressItem {
  id: number;
  lines: string[];
  /** How many last lines are never wrapped: the postcode-and-town line and the country line (the last one if unset). */
  wholeTail?: number;
}

export interface RenderOutcome {
  pdf: Uint8Array;
  pages: number;
  /**
   * Ids whose block fits its label or envelope in no way (wrapped, with the padding used, at the minimum size): not
   * printed at all, that label or envelope left blank, so listed for the user.
   */
  overflow: number[];
  /** Characters the embedded font cannot show, per id: left out of the drawing, so listed for the user. */
  unsupported: { id: number; chars: string[] }[];
}

export type Progress = (done: number, total: number) => void;

export interface LabelsRequest {
  sheet: LabelSheet;
  /** 1-based row and column of the first free label on the first sheet. */
  startRow: number;
  startColumn: number;
  copies: number;
  /** Draw each label's outline, for a test print on plain paper. */
  outlines: boolean;
  calibration: Calibration;
  items: AddressItem[];
}

export interface EnvelopesRequest {
  format: EnvelopeFormat;
  window: EnvelopeWindow;
  sender: string[] | null;
  senderPlacement: 'front' | 'back';
  calibration: Calibration;
  items: AddressItem[];
}

export type CalibrationPaper = 'A4' | 'Letter' | EnvelopeFormat['id'];

export interface CalibrationRequest {
  paper: CalibrationPaper;
  /** Optional short lines printed near the cross (already translated by the caller). */
  caption?: string[];
}

export interface TableColumn {
  key: string;
  label: string;
  /** Share of the page width (default 1). */
  widthWeight?: number;
  /** Amounts line up on the right (the sections renderer reads it; default left). */
  align?: 'left' | 'right';
}

export interface TableRequest {
  title: string;
  subtitle?: string;
  columns: TableColumn[];
  rows: Record<string, string>[];
  landscape?: boolean;
}

/** One table of a report made of several (sections.pdf.ts), with its heading and a note in words under it. */
export interface ReportSection {
  heading?: string;
  note?: string;
  columns: TableColumn[];
  rows: Record<string, string>[];
  /** Indexes of rows printed bold: totals and sub-headings. */
  boldRows?: number[];
}

/** A report of several tables one after the other (the treasurer's reports), all portrait A4. */
export interface SectionsRequest {
  title: string;
  subtitle?: string;
  sections: ReportSection[];
}
