import qrcode from 'qrcode-generator';

/** The modules of a QR code, row by row: true is a dark module. The quiet zone around it is the drawer's job. */
export type QrMatrix = readonly (readonly boolean[])[];

/**
 * Encodes `text` as UTF-8 in byte mode, in the smallest version that holds it at `level`. The library maps each
 * character code to one byte, so the text goes in as its UTF-8 bytes spelled one character a byte: an accented name
 * then reaches the banking app as the UTF-8 the EPC payload's character set 1 announces.
 */
export function qrMatrix(text: string, level: 'L' | 'M' | 'Q' | 'H'): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const code = qrcode(0, level);
  code.addData(binary, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}
