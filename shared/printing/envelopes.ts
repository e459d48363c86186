import type { RectMm } from './units';

export type EnvelopeId = 'DL' | 'C6' | 'C6/5' | 'C5' | 'C4' | 'US10';

/** An envelope lying landscape, as it goes through the printer: width is the long side. */
export interface EnvelopeFormat {
  id: EnvelopeId;
  widthMm: number;
  heightMm: number;
}

export type EnvelopeWindow = 'none' | 'din680' | 'sn010130' | 'fr-right';

export const envelopeFormats: readonly EnvelopeFormat[] = [
  { id: 'DL', widthMm: 220, heightMm: 110 },
  { id: 'C6', widthMm: 162, heightMm: 114 },
  { id: 'C6/5', widthMm: 229, heightMm: 114 },
  { id: 'C5', widthMm: 229, heightMm: 162 },
  { id: 'C4', widthMm: 324, heightMm: 229 },
  { id: 'US10', widthMm: 241.3, heightMm: 104.8 },
];

export const envelopeWindows: readonly EnvelopeWindow[] = ['none', 'din680', 'sn010130', 'fr-right'];

export function envelopeFormatById(id: string): EnvelopeFormat | undefined {
  return envelopeFormats.find((format) => format.id === id);
}

// Which envelopes are made with which window: DIN 680 on DL and C6/5, Swiss SN 010130 on C6 and C6/5; the French
// right-hand window has no published norm.
const windowFormats: Record<Exclude<EnvelopeWindow, 'none'>, readonly EnvelopeId[]> = {
  din680: ['DL', 'C6/5'],
  sn010130: ['C6', 'C6/5'],
  'fr-right': ['DL', 'C5'],
};

export function windowFitsFormat(format: EnvelopeFormat, window: EnvelopeWindow): boolean {
  return window === 'none' || windowFormats[window].includes(format.id);
}

/** The windows an envelope format comes with, 'none' first. */
export function windowsForFormat(format: EnvelopeFormat): EnvelopeWindow[] {
  return envelopeWindows.filter((window) => windowFitsFormat(format, window));
}

/** The window's rectangle from the envelope's top-left corner, or null for a plain envelope. */
export function windowRect(format: EnvelopeFormat, window: EnvelopeWindow): RectMm | null {
  switch (window) {
    case 'none':
      return null;
    case 'din680':
      return { xMm: 20, yMm: format.heightMm - 15 - 45, widthMm: 90, heightMm: 45 };
    case 'sn010130':
      return { xMm: format.widthMm - 15 - 90, yMm: format.heightMm - 30 - 40, widthMm: 90, heightMm: 40 };
    case 'fr-right':
      return { xMm: 110, yMm: 55, widthMm: 85, heightMm: 33 };
  }
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

/** Text inset inside the address zone, so the block never touches a window's edge. */
export const ADDRESS_INSET_X_MM = 4;
export const ADDRESS_INSET_Y_MM = 3;

export function addressTextBox(format: EnvelopeFormat, window: EnvelopeWindow): RectMm {
  const zone = addressZone(format, window);
  return {
    xMm: zone.xMm + ADDRESS_INSET_X_MM,
    yMm: zone.yMm + ADDRESS_INSET_Y_MM,
    widthMm: zone.widthMm - 2 * ADDRESS_INSET_X_MM,
    heightMm: zone.heightMm - 2 * ADDRESS_INSET_Y_MM,
  };
}

/** The sender's block on the front: top-left, small. */
export const SENDER_FRONT_MARGIN_MM = 10;
export function senderFrontBox(format: EnvelopeFormat): RectMm {
  return {
    xMm: SENDER_FRONT_MARGIN_MM,
    yMm: SENDER_FRONT_MARGIN_MM,
    widthMm: format.widthMm / 2 - 2 * SENDER_FRONT_MARGIN_MM,
    heightMm: format.heightMm / 2 - 2 * SENDER_FRONT_MARGIN_MM,
  };
}

/** The sender's block on the back page: centred on the flap, in the upper part of the envelope's back. */
export function senderBackBox(format: EnvelopeFormat): RectMm {
  const widthMm = Math.min(90, format.widthMm - 40);
  return { xMm: (format.widthMm - widthMm) / 2, yMm: 12, widthMm, heightMm: format.heightMm / 3 };
}
