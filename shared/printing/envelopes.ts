import type { RectMm } from './units';

export type EnvelopeId = 'DL' | 'C6' | 'C6/5' | 'C5' | 'C4' | 'US10';

/** An envelope lying landscape, as it goes through the printer: width is the long side. */
export interface EnvelopeFormat {
  id: EnvelopeId;
  widthMm: number;
  heightMm: number;
}

/**
 * The windows Parloir knows. Ids are stored in requests and scripts (`--window din680`): an id is never renamed or
 * dropped, a new window gets a new id.
 */
export const envelopeWindows = ['none', 'din680', 'din680-right', 'sn010130', 'swiss-old', 'fr-right'] as const;
export type EnvelopeWindow = (typeof envelopeWindows)[number];

export const envelopeFormats: readonly EnvelopeFormat[] = [
  { id: 'DL', widthMm: 220, heightMm: 110 },
  { id: 'C6', widthMm: 162, heightMm: 114 },
  { id: 'C6/5', widthMm: 229, heightMm: 114 },
  { id: 'C5', widthMm: 229, heightMm: 162 },
  { id: 'C4', widthMm: 324, heightMm: 229 },
  { id: 'US10', widthMm: 241.3, heightMm: 104.8 },
];

export function envelopeFormatById(id: string): EnvelopeFormat | undefined {
  return envelopeFormats.find((format) => format.id === id);
}

/** A window as makers and norms give it: its size, its distance from one side edge and from the bottom edge. */
interface WindowSpec {
  widthMm: number;
  heightMm: number;
  side: 'left' | 'right';
  fromSideMm: number;
  fromBottomMm: number;
  /** How far a real envelope's window may be from the figures above, each way. */
  toleranceMm: number;
}

/** DIN 680 gives its windows a tolerance of 1 mm; the Swiss figures come without one, so the same 1 mm is assumed. */
const TOLERANCE_MM = 1;

const din = (side: WindowSpec['side'], fromBottomMm: number): WindowSpec => ({
  widthMm: 90,
  heightMm: 45,
  side,
  fromSideMm: 20,
  fromBottomMm,
  toleranceMm: TOLERANCE_MM,
});
const sn = (fromSideMm: number, fromBottomMm: number): WindowSpec => ({
  widthMm: 90,
  heightMm: 40,
  side: 'right',
  fromSideMm,
  fromBottomMm,
  toleranceMm: TOLERANCE_MM,
});
const swissOld: WindowSpec = {
  widthMm: 100,
  heightMm: 45,
  side: 'right',
  fromSideMm: 12,
  fromBottomMm: 21,
  toleranceMm: TOLERANCE_MM,
};
/**
 * French right-hand windows follow no norm, and no maker's figures are at hand: this is a zone, not a window. It is
 * the size of La Poste's address frame for window letters (85 x 33 mm, the frame the windows are made to show), put
 * 25 mm from the right edge and 20 mm from the bottom, so it lies inside the 100 x 45 mm window that French envelopes
 * commonly have 20 mm from the right and 15 mm from the bottom, with 5 mm or more to spare on every side (10 on the
 * left, 7 at the top). Users with another window measure it against the calibration page.
 */
const frenchZone: WindowSpec = {
  widthMm: 85,
  heightMm: 33,
  side: 'right',
  fromSideMm: 25,
  fromBottomMm: 20,
  toleranceMm: TOLERANCE_MM,
};

/** Each window belongs to the formats it is made on, at that format's position. */
const windowSpecs: Record<Exclude<EnvelopeWindow, 'none'>, Partial<Record<EnvelopeId, WindowSpec>>> = {
  // DIN 680: 90 x 45 mm, 20 mm from the left edge; 15 mm from the bottom on DL, C6/5 and C6, 60 mm on C5.
  din680: { DL: din('left', 15), C6: din('left', 15), 'C6/5': din('left', 15), C5: din('left', 60) },
  // DIN 680's window mirrored, 20 mm from the right edge, for envelopes sold with the DIN window on the right.
  'din680-right': { DL: din('right', 15), C6: din('right', 15), 'C6/5': din('right', 15), C5: din('right', 60) },
  // SN 010130 (the Swiss norm since 1980): 90 x 40 mm, 15 mm from the right and 30 from the bottom on C6 and C6/5,
  // 17 mm from the right and 77 from the bottom on C5.
  sn010130: { C6: sn(15, 30), 'C6/5': sn(15, 30), C5: sn(17, 77) },
  // The Swiss window before SN 010130: 100 x 45 mm, 12 mm from the right, 21 from the bottom, on the formats the new
  // norm replaced it on with one position (C6 and C6/5); its C5 position is not in our references.
  'swiss-old': { C6: swissOld, 'C6/5': swissOld },
  'fr-right': { DL: frenchZone, C5: frenchZone },
};

function specOf(format: EnvelopeFormat, window: EnvelopeWindow): WindowSpec | null {
  return window === 'none' ? null : (windowSpecs[window][format.id] ?? null);
}

export function windowFitsFormat(format: EnvelopeFormat, window: EnvelopeWindow): boolean {
  return window === 'none' || specOf(format, window) !== null;
}

/** The windows an envelope format comes with, 'none' first. */
export function windowsForFormat(format: EnvelopeFormat): EnvelopeWindow[] {
  return envelopeWindows.filter((window) => windowFitsFormat(format, window));
}

/** Every format and window Parloir prints, 'none' included: what the form offers and what tests go through. */
export const envelopeFormatWindowPairs: readonly { format: EnvelopeFormat; window: EnvelopeWindow }[] =
  envelopeFormats.flatMap((format) => windowsForFormat(format).map((window) => ({ format, window })));

/** The window's rectangle from the envelope's top-left corner, or null for a plain envelope. */
export function windowRect(format: EnvelopeFormat, window: EnvelopeWindow): RectMm | null {
  const spec = specOf(format, window);
  if (!spec) return null;
  const xMm = spec.side === 'left' ? spec.fromSideMm : format.widthMm - spec.fromSideMm - spec.widthMm;
  return {
    xMm,
    yMm: format.heightMm - spec.fromBottomMm - spec.heightMm,
    widthMm: spec.widthMm,
    heightMm: spec.heightMm,
  };
}

/** Clear space kept between a plain envelope's address zone and its right and bottom edges. */
export const STANDARD_ZONE_MARGIN_MM = 15;

/**
 * Where the address goes: the window, or on a plain envelope the lower-right quarter (less a margin on the right and
 * bottom edges, where postal machines print their codes).
 */
export function addressZone(format: EnvelopeFormat, window: EnvelopeWindow): RectMm {
  const rect = windowRect(format, window);
  if (rect) return rect;
  const xMm = format.widthMm / 2;
  const yMm = format.heightMm / 2;
  return {
    xMm,
    yMm,
    widthMm: format.widthMm - xMm - STANDARD_ZONE_MARGIN_MM,
    heightMm: format.heightMm - yMm - STANDARD_ZONE_MARGIN_MM,
  };
}

/** Space between the text and each window edge once the window is as far off as its tolerance allows. */
export const WINDOW_CLEARANCE_MM = 3;
/** Text inset inside a plain envelope's address zone. */
export const PLAIN_INSET_X_MM = 4;
export const PLAIN_INSET_Y_MM = 3;

/** How far the text stays inside the address zone on every side: the clearance plus the window's tolerance. */
export function addressInsetMm(format: EnvelopeFormat, window: EnvelopeWindow): { xMm: number; yMm: number } {
  const spec = specOf(format, window);
  if (!spec) return { xMm: PLAIN_INSET_X_MM, yMm: PLAIN_INSET_Y_MM };
  const inset = WINDOW_CLEARANCE_MM + spec.toleranceMm;
  return { xMm: inset, yMm: inset };
}

export function addressTextBox(format: EnvelopeFormat, window: EnvelopeWindow): RectMm {
  const zone = addressZone(format, window);
  const inset = addressInsetMm(format, window);
  return {
    xMm: zone.xMm + inset.xMm,
    yMm: zone.yMm + inset.yMm,
    widthMm: zone.widthMm - 2 * inset.xMm,
    heightMm: zone.heightMm - 2 * inset.yMm,
  };
}

/** The sender's block on the front: top-left, small. */
export const SENDER_FRONT_MARGIN_MM = 10;
/** Room for a short block without reaching down to where a left window starts (57 mm down on a DIN 680 C5). */
export const SENDER_FRONT_MAX_HEIGHT_MM = 40;
/** Space kept between the sender's block and a window it sits above. */
export const SENDER_WINDOW_GAP_MM = 5;
export function senderFrontBox(format: EnvelopeFormat, window: EnvelopeWindow = 'none'): RectMm {
  const box = {
    xMm: SENDER_FRONT_MARGIN_MM,
    yMm: SENDER_FRONT_MARGIN_MM,
    widthMm: format.widthMm / 2 - 2 * SENDER_FRONT_MARGIN_MM,
    heightMm: Math.min(SENDER_FRONT_MAX_HEIGHT_MM, format.heightMm / 2 - 2 * SENDER_FRONT_MARGIN_MM),
  };
  const rect = windowRect(format, window);
  // A window reaching under the block (a right window on a narrow C6) shortens it rather than take the sender in.
  if (rect && rect.xMm < box.xMm + box.widthMm)
    box.heightMm = Math.min(box.heightMm, rect.yMm - SENDER_WINDOW_GAP_MM - box.yMm);
  return box;
}

/** The sender's block on the back page: centred on the flap, in the upper part of the envelope's back. */
export function senderBackBox(format: EnvelopeFormat): RectMm {
  const widthMm = Math.min(90, format.widthMm - 40);
  return { xMm: (format.widthMm - widthMm) / 2, yMm: 12, widthMm, heightMm: format.heightMm / 3 };
}
