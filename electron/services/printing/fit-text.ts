import { regularFace } from './fonts';

/** Distance between baselines, in ems: tighter than the font's own 1.36 so six address lines fit a 38 mm label. */
export const LINE_STEP_EM = 1.2;
export const SHRINK_STEP_PT = 0.5;

export interface FitSizes {
  nominalPt: number;
  minimumPt: number;
}

export interface FitResult {
  sizePt: number;
  /** False when the lines overflow the box even at the minimum size. */
  fits: boolean;
  lineStepPt: number;
}

/** Height of a block of `count` lines at `sizePt`: the line steps plus the last line's full ascent and descent. */
export function blockHeightPt(count: number, sizePt: number): number {
  if (count === 0) return 0;
  const face = regularFace();
  return (count - 1) * LINE_STEP_EM * sizePt + ((face.ascent - face.descent) / face.unitsPerEm) * sizePt;
}

/**
 * The largest size from nominal down to minimum, by half points, at which every line fits the box. `unitWidth` gives a
 * line's advance width at 1 pt: the document's own measure, whose shaping cache the drawing then reuses.
 */
export function fitLines(
  lines: readonly string[],
  unitWidth: (line: string) => number,
  box: { widthPt: number; heightPt: number },
  sizes: FitSizes,
): FitResult {
  const { widthPt, heightPt } = box;
  const widest = Math.max(0, ...lines.map(unitWidth));
  for (let sizePt = sizes.nominalPt; sizePt >= sizes.minimumPt - 1e-9; sizePt -= SHRINK_STEP_PT) {
    if (widest * sizePt <= widthPt && blockHeightPt(lines.length, sizePt) <= heightPt) {
      return { sizePt, fits: true, lineStepPt: sizePt * LINE_STEP_EM };
    }
  }
  return { sizePt: sizes.minimumPt, fits: false, lineStepPt: sizes.minimumPt * LINE_STEP_EM };
}
