import { regularFace } from './fonts';

/** Distance between baselines, in ems: tighter than the font's own 1.36 so six address lines fit a 38 mm label. */
export const LINE_STEP_EM = 1.2;
export const SHRINK_STEP_PT = 0.5;

export interface FitSizes {
  nominalPt: number;
  minimumPt: number;
}

export interface FitBox {
  widthPt: number;
  heightPt: number;
}

export interface FitRequest {
  lines: readonly string[];
  /**
   * How many of the last lines are never wrapped: the postcode-and-town line and the country line, which sorting
   * machines read as whole lines at the bottom of the block.
   */
  wholeTail: number;
  /** A text's advance width at 1 pt: the document's own measure, whose shaping cache the drawing then reuses. */
  unitWidth: (text: string) => number;
  /**
   * The boxes the block may use, from the preferred one (the usual padding) to the roomiest (the padding reduced to
   * its minimum); one box when there is no padding to give.
   */
  boxes: readonly FitBox[];
  sizes: FitSizes;
}

export type FitResult =
  | { fits: true; lines: string[]; sizePt: number; lineStepPt: number; boxIndex: number }
  | { fits: false; sizePt: number };

/**
 * A text's width measured the way pdfkit shapes and draws it: in runs that end after each space or tab ("word "), each
 * run shaped once for the measure's life and the widths summed. Addresses repeat their runs (prison, town, country
 * lines), so a 3,000-label sheet shapes a few thousand runs instead of measuring every line and wrap candidate whole.
 */
export function runMeasure(measureRun: (run: string) => number): (text: string) => number {
  const runs = new Map<string, number>();
  return (text) => {
    let width = 0;
    let start = 0;
    while (start < text.length) {
      let end = start;
      while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end += 1;
      end = Math.min(end + 1, text.length);
      const run = text.slice(start, end);
      let runWidth = runs.get(run);
      if (runWidth === undefined) {
        runWidth = measureRun(run);
        runs.set(run, runWidth);
      }
      width += runWidth;
      start = end;
    }
    return width;
  };
}

/** Height of a block of `count` lines at `sizePt`: the line steps plus the last line's full ascent and descent. */
export function blockHeightPt(count: number, sizePt: number): number {
  if (count === 0) return 0;
  const face = regularFace();
  return (count - 1) * LINE_STEP_EM * sizePt + ((face.ascent - face.descent) / face.unitsPerEm) * sizePt;
}

/** `line` broken at spaces into lines no wider than `maxUnit`, or null when one word alone is wider. */
function wrapLine(line: string, unitWidth: (text: string) => number, maxUnit: number): string[] | null {
  const words = line.split(' ').filter((word) => word.length > 0);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (unitWidth(candidate) <= maxUnit) {
      current = candidate;
      continue;
    }
    if (!current || unitWidth(word) > maxUnit) return null;
    // A one-letter word (Irish "Ó", Spanish "y") goes down with the word it belongs to, when both fit there.
    const cut = current.lastIndexOf(' ');
    const last = current.slice(cut + 1);
    if (cut > 0 && /^\p{L}$/u.test(last) && unitWidth(`${last} ${word}`) <= maxUnit) {
      out.push(current.slice(0, cut));
      current = `${last} ${word}`;
      continue;
    }
    out.push(current);
    current = word;
  }
  if (current) out.push(current);
  return out;
}

/** The block laid out at one size in one box: too-wide lines wrapped, or null when it cannot fit. */
function layoutAt(request: FitRequest, box: FitBox, sizePt: number): string[] | null {
  const { lines, unitWidth } = request;
  const maxUnit = box.widthPt / sizePt;
  const firstWhole = lines.length - Math.max(0, Math.min(request.wholeTail, lines.length));
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (unitWidth(line) <= maxUnit) {
      out.push(line);
      continue;
    }
    if (index >= firstWhole) return null;
    const wrapped = wrapLine(line, unitWidth, maxUnit);
    if (!wrapped) return null;
    out.push(...wrapped);
  }
  return blockHeightPt(out.length, sizePt) <= box.heightPt ? out : null;
}

/**
 * How an address block fits its box, in the order a careful volunteer would try: wrap a too-wide line at a space
 * (flush left, no indent: postal readers expect every line of the block to start at the same left edge), then use the
 * padding the label can spare, then shrink by half points down to the minimum size. The last `wholeTail` lines are
 * never wrapped. When nothing works the answer is `fits: false`, and the caller prints nothing rather than a cut
 * address. The nominal size is kept whenever it works, so a sheet reads at one size and only a long block shrinks.
 */
export function fitBlock(request: FitRequest): FitResult {
  const { boxes, sizes } = request;
  // Each try measures the same lines and wrap candidates again; shaping is the cost, so each text is measured once.
  const widths = new Map<string, number>();
  const unitWidth = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = request.unitWidth(text);
      widths.set(text, width);
    }
    return width;
  };
  const measured = { ...request, unitWidth };
  const nominal = sizes.nominalPt;
  const step = (sizePt: number, boxIndex: number): FitResult | null => {
    const box = boxes[boxIndex];
    const lines = box ? layoutAt(measured, box, sizePt) : null;
    return lines ? { fits: true, lines, sizePt, lineStepPt: sizePt * LINE_STEP_EM, boxIndex } : null;
  };
  for (let boxIndex = 0; boxIndex < boxes.length; boxIndex += 1) {
    const fitted = step(nominal, boxIndex);
    if (fitted) return fitted;
  }
  const roomiest = boxes.length - 1;
  for (let sizePt = nominal - SHRINK_STEP_PT; sizePt >= sizes.minimumPt - 1e-9; sizePt -= SHRINK_STEP_PT) {
    const fitted = step(sizePt, roomiest);
    if (fitted) return fitted;
  }
  return { fits: false, sizePt: sizes.minimumPt };
}
