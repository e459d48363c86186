import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import jpeg from 'jpeg-js';
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

/** A gradient of `width` x `height` RGBA pixels, its top-left quarter red: enough to see an orientation. */
export function gradient(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const corner = x < width / 2 && y < height / 2;
      data[at] = corner ? 255 : Math.round((x / width) * 255);
      data[at + 1] = corner ? 0 : Math.round((y / height) * 255);
      data[at + 2] = corner ? 0 : 128;
      data[at + 3] = 255;
    }
  }
  return data;
}

/** Runs exiftool on bytes through stdin and stdout: nothing is written to disk. */
export function exiftool(args: string[], input: Uint8Array): Buffer {
  return execFileSync('exiftool', [...args, '-'], { input, maxBuffer: 64 * 1024 * 1024 });
}

/** Every tag exiftool finds in `bytes`, by group:name. */
export function exifTags(bytes: Uint8Array): Record<string, unknown> {
  const [tags] = JSON.parse(exiftool(['-j', '-G', '-a', '-b'], bytes).toString('utf8')) as Record<string, unknown>[];
  return tags ?? {};
}

/** The metadata a phone and a photo editor leave: GPS, camera, serial, XMP, a comment, an embedded thumbnail. */
export const SECRET_TAGS = [
  '-GPSLatitude=48.8566',
  '-GPSLatitudeRef=N',
  '-GPSLongitude=2.3522',
  '-GPSLongitudeRef=E',
  '-Make=CanonSecret',
  '-Model=EOS Secret',
  '-SerialNumber=SN123456789',
  '-XMP-dc:Creator=Camille Secret',
  '-XMP-dc:Description=Parloir XMP secret',
  '-Comment=comment secret',
];

export function jpegWithMetadata(width = 64, height = 48, extra: string[] = []): Uint8Array {
  const plain = new Uint8Array(jpeg.encode({ width, height, data: gradient(width, height) }, 90).data);
  const thumbnail = new Uint8Array(jpeg.encode({ width: 8, height: 6, data: gradient(8, 6) }, 50).data);
  // exiftool reads an embedded thumbnail from a file only: this one is the sample's own, removed at once. Not
  // tempDir(): the E2E tests (no vitest there) use these samples too.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-thumb-'));
  try {
    const thumbnailFile = path.join(dir, 'thumbnail.jpg');
    fs.writeFileSync(thumbnailFile, thumbnail);
    return new Uint8Array(exiftool(['-o', '-', ...SECRET_TAGS, `-ThumbnailImage<=${thumbnailFile}`, ...extra], plain));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG carrying `text` in a tEXt chunk and an eXIf chunk with a camera make, inserted after IHDR by hand. */
export function pngWithMetadata(text: string, width = 40, height = 30): Uint8Array {
  const png = Object.assign(new PNG({ width, height }), { data: Buffer.from(gradient(width, height)) });
  const plain = PNG.sync.write(png);
  const ihdrEnd = 8 + 25;
  // A minimal big-endian TIFF with one IFD entry: Make (0x010f), ASCII.
  const make = Buffer.from('PngCamSecret\0', 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x010f, 10);
  tiff.writeUInt16BE(2, 12);
  tiff.writeUInt32BE(make.length, 14);
  tiff.writeUInt32BE(tiff.length, 18);
  return new Uint8Array(
    Buffer.concat([
      plain.subarray(0, ihdrEnd),
      chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
      chunk('eXIf', Buffer.concat([tiff, make])),
      plain.subarray(ihdrEnd),
    ]),
  );
}

/** A PDF of `pages` pages showing `text`, with a full Info dictionary and an XMP metadata stream. */
export async function pdfWithMetadata(text: string, pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage([300, 400]);
    page.drawText(`Page ${i + 1}`, { x: 20, y: 300, size: 12, font });
    // The text also in a stream left uncompressed, so its bytes can be looked for as they are (the canary tests).
    const key = page.node.newFontDictionary('Canary', font.ref);
    page.node.addContentStream(
      doc.context.register(doc.context.stream(`BT ${key.toString()} 12 Tf 20 200 Td (${text}) Tj ET`)),
    );
  }
  doc.setTitle('Title secret');
  doc.setAuthor('Author secret');
  doc.setSubject('Subject secret');
  doc.setKeywords(['keyword-secret']);
  doc.setCreator('Creator secret');
  doc.setProducer('Producer secret');
  const xmp =
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Xmp secret</rdf:li></rdf:Seq></dc:creator></rdf:Description>' +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}

/** A one-page PDF with a sticky note signed by its author and dated, as a reader's "comment" tool leaves it. */
export async function pdfWithAnnotation(author: string, note: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 400]);
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Text',
    Rect: [20, 20, 40, 40],
    Contents: PDFString.of(note),
    T: PDFString.of(author),
    M: PDFString.of('D:20261130120000Z'),
    CreationDate: PDFString.of('D:20261130115900Z'),
    NM: PDFString.of(`${author}-note-1`),
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annotation)]));
  return doc.save({ useObjectStreams: false });
}

/** A PDF whose trailer names an encryption dictionary: what a reader's "protect with a password" leaves. */
export async function pdfMarkedEncrypted(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 400]);
  const hex = PDFHexString.of('00'.repeat(32));
  doc.context.trailerInfo.Encrypt = doc.context.register(
    doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: hex, U: hex, P: -4 }),
  );
  return doc.save({ useObjectStreams: false });
}
