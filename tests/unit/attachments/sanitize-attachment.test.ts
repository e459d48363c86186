import { execFileSync } from 'node:child_process';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/attachments/attachment-values';
import { AppError } from '../../../shared/errors';
import { sanitizeAttachment } from '../../../electron/services/attachments/sanitize-attachment';
import {
  exifTags,
  exiftool,
  jpegWithMetadata,
  pdfMarkedEncrypted,
  pdfWithAnnotation,
  pdfWithMetadata,
  pngWithMetadata,
} from './attachment-samples';

/** Tag names that would tell where, with what or by whom a picture was taken. */
const REVEALING = /GPS|Make|Model|Serial|XMP|Thumbnail|Comment|Creator|Description|Orientation/;

function revealingTags(bytes: Uint8Array): string[] {
  return Object.keys(exifTags(bytes)).filter((tag) => REVEALING.test(tag));
}

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const error: unknown = await sanitizeAttachment(bytes, name).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

function pixel(bytes: Uint8Array, x: number, y: number): number[] {
  const image = jpeg.decode(bytes, { useTArray: true });
  const at = (y * image.width + x) * 4;
  return [...image.data.subarray(at, at + 3)];
}

const isRed = ([r, g, b]: number[]) => (r ?? 0) > 200 && (g ?? 255) < 60 && (b ?? 255) < 60;

describe('sanitizeAttachment: images', () => {
  it('re-encodes a JPEG so that no GPS, camera, serial, XMP, comment or embedded thumbnail survives', async () => {
    const original = jpegWithMetadata(64, 48);
    // The sample really carries them, so their absence afterwards means something.
    expect(revealingTags(original)).toEqual(
      expect.arrayContaining(['EXIF:GPSLatitude', 'EXIF:Make', 'EXIF:Model', 'EXIF:SerialNumber', 'XMP:Creator']),
    );
    expect(revealingTags(original)).toContain('EXIF:ThumbnailImage');
    const clean = await sanitizeAttachment(original, 'photo.jpg');
    expect(clean.mediaType).toBe('image/jpeg');
    expect(revealingTags(clean.bytes)).toEqual([]);
    expect(exiftool(['-a', '-G1', '-s'], clean.bytes).toString()).not.toMatch(/Secret|secret|SN123456789/);
    expect({ width: clean.width, height: clean.height }).toEqual({ width: 64, height: 48 });
    expect(isRed(pixel(clean.bytes, 4, 4))).toBe(true);
  });

  it('turns a photo upright from its EXIF orientation before the tag is dropped', async () => {
    // Orientation 6: stored lying on its side, shown turned 90° clockwise; the red top-left corner goes top-right.
    const clean = await sanitizeAttachment(jpegWithMetadata(64, 48, ['-Orientation#=6']), 'sideways.jpg');
    expect({ width: clean.width, height: clean.height }).toEqual({ width: 48, height: 64 });
    expect(isRed(pixel(clean.bytes, 44, 4))).toBe(true);
    expect(isRed(pixel(clean.bytes, 4, 4))).toBe(false);
  });

  it('rewrites a PNG from its pixels alone: tEXt and eXIf chunks are gone', async () => {
    const original = pngWithMetadata('png-text-secret');
    expect(revealingTags(original)).toEqual(expect.arrayContaining(['PNG:Comment', 'EXIF:Make']));
    const clean = await sanitizeAttachment(original, 'scan.png');
    expect(clean.mediaType).toBe('image/png');
    expect(revealingTags(clean.bytes)).toEqual([]);
    expect(Buffer.from(clean.bytes).includes('png-text-secret')).toBe(false);
    expect(Buffer.from(clean.bytes).includes('PngCamSecret')).toBe(false);
    const decoded = PNG.sync.read(Buffer.from(clean.bytes));
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 40, height: 30 });
  });

  it('makes a JPEG thumbnail no larger than 256 pixels on its longer side', async () => {
    const big = new Uint8Array(jpeg.encode({ width: 1000, height: 500, data: new Uint8Array(1000 * 500 * 4) }).data);
    const clean = await sanitizeAttachment(big, 'big.jpg');
    const thumbnail = jpeg.decode(clean.thumbnail ?? new Uint8Array(), { useTArray: true });
    expect({ width: thumbnail.width, height: thumbnail.height }).toEqual({ width: 256, height: 128 });
  });
});

describe('sanitizeAttachment: PDFs', () => {
  function pdfinfo(args: string[], bytes: Uint8Array): string {
    return execFileSync('pdfinfo', [...args, '-'], { input: bytes }).toString('utf8');
  }

  it('keeps every page and drops the Info dictionary and the XMP stream', async () => {
    const original = await pdfWithMetadata('pdf page text', 3);
    expect(pdfinfo([], original)).toMatch(/Title:\s+Title secret/);
    expect(pdfinfo(['-meta'], original)).toContain('Xmp secret');
    const clean = await sanitizeAttachment(original, 'lettre.pdf');
    expect(clean.pageCount).toBe(3);
    const info = pdfinfo([], clean.bytes);
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).not.toMatch(/^(Title|Author|Subject|Keywords|Creator|Producer|CreationDate|ModDate):/m);
    expect(pdfinfo(['-meta'], clean.bytes)).toBe('');
    expect(Buffer.from(clean.bytes).toString('latin1')).not.toMatch(/secret/i);
    expect(execFileSync('pdftotext', ['-', '-'], { input: clean.bytes }).toString()).toContain('pdf page text');
  });
});

describe('sanitizeAttachment: PDF annotations', () => {
  it('keeps a note on the page and what it says, without its author, dates or id', async () => {
    const original = await pdfWithAnnotation('Commissaire Dupont', 'Lu et transmis');
    expect(Buffer.from(original).toString('latin1')).toContain('Commissaire Dupont');
    const clean = await sanitizeAttachment(original, 'annotee.pdf');
    const text = Buffer.from(clean.bytes).toString('latin1');
    expect(text).not.toContain('Dupont');
    expect(text).not.toContain('D:2026');
    const page = (await PDFDocument.load(clean.bytes)).getPage(0);
    const notes = page.node.lookup(PDFName.of('Annots'), PDFArray);
    expect(notes.size()).toBe(1);
    const note = notes.lookup(0, PDFDict);
    expect(note.lookup(PDFName.of('Contents'), PDFString).decodeText()).toBe('Lu et transmis');
    expect([...note.keys()].map(String).filter((key) => ['/T', '/M', '/CreationDate', '/NM'].includes(key))).toEqual(
      [],
    );
  });
});

describe('sanitizeAttachment: refusals', () => {
  it('refuses a password-protected PDF with its own reason, not as damaged', async () => {
    expect(await refusal(await pdfMarkedEncrypted(), 'protege.pdf')).toBe('ATTACHMENT_ENCRYPTED');
  });

  it('refuses a ZIP named .jpg: the type is read from the bytes, not the name', async () => {
    const zip = Buffer.from('PK\u0003\u0004 not a picture at all', 'latin1');
    expect(await refusal(zip, 'photo.jpg')).toBe('ATTACHMENT_UNSUPPORTED');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(new Uint8Array(), 'vide.jpg')).toBe('ATTACHMENT_EMPTY');
  });

  it('refuses a truncated JPEG, PNG or PDF as damaged', async () => {
    const photo = jpegWithMetadata(64, 48);
    expect(await refusal(photo.subarray(0, Math.floor(photo.length * 0.7)), 'coupee.jpg')).toBe('ATTACHMENT_DAMAGED');
    const png = pngWithMetadata('x');
    expect(await refusal(png.subarray(0, png.length - 20), 'coupee.png')).toBe('ATTACHMENT_DAMAGED');
    const pdf = await pdfWithMetadata('x');
    expect(await refusal(pdf.subarray(0, 200), 'coupe.pdf')).toBe('ATTACHMENT_DAMAGED');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect(await refusal(huge, 'enorme.jpg')).toBe('ATTACHMENT_TOO_LARGE');
  });

  it('names the stored file after its real type, without folders', async () => {
    const clean = await sanitizeAttachment(pngWithMetadata('x'), '../../secret/scan.jpg');
    expect(clean.fileName).toBe('scan.png');
  });
});
