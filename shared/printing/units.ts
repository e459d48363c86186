// PDF user space is in points (1/72 inch); every template and envelope fact is in millimetres.
export const PT_PER_MM = 72 / 25.4;
export const MM_PER_INCH = 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;
export const inchToMm = (inch: number): number => inch * MM_PER_INCH;

export interface RectMm {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

/** Paper sizes in millimetres, portrait. */
export const paperSizes = {
  A4: { widthMm: 210, heightMm: 297 },
  Letter: { widthMm: inchToMm(8.5), heightMm: inchToMm(11) },
} as const;
