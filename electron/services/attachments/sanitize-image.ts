import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { AppError } from '../../../shared/errors';
import { jpegOrientation } from './exif-orientation';
import { orient, thumbnailPixels, type Pixels } from './pixels';

/** The longer side of a thumbnail, in pixels: sharp in a list, small in the vault. */
export const THUMBNAIL_MAX_SIDE = 256;
/** A 60-megapixel photo decodes to 240 MB of pixels: beyond is no phone or scanner, more likely a decompression bomb. */
const MAX_MEGAPIXELS = 60;
const MAX_DECODE_MB = 1024;
const JPEG_QUALITY = 90;
const THUMBNAIL_QUALITY = 80;

export interface SanitizedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  thumbnail: Uint8Array;
}

function damaged(cause: unknown): AppError {
  return new AppError('ATTACHMENT_DAMAGED', 'The picture is damaged or incomplete and cannot be read', { cause });
}

/**
 * A JPEG decoded to its pixels and encoded anew: only the pixels go through, so EXIF (GPS, camera make, model and
 * serial), XMP, ICC profiles, comments and embedded thumbnails are left behind with the original bytes. The EXIF
 * orientation is applied to the pixels first, since the tag that carried it goes too.
 */
export function sanitizeJpeg(bytes: Uint8Array): SanitizedImage {
  let decoded: Pixels;
  try {
    // Not tolerant: a truncated or corrupt file is refused rather than stored half grey.
    const { width, height, data } = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: MAX_DECODE_MB,
    });
    decoded = { width, height, data };
  } catch (error) {
    throw damaged(error);
  }
  const upright = orient(decoded, jpegOrientation(bytes));
  return {
    bytes: encodeJpeg(upright, JPEG_QUALITY),
    width: upright.width,
    height: upright.height,
    thumbnail: encodeJpeg(thumbnailPixels(upright, THUMBNAIL_MAX_SIDE), THUMBNAIL_QUALITY),
  };
}

/**
 * A PNG decoded (every chunk's checksum checked) and written anew from its pixels alone: tEXt, iTXt, zTXt, eXIf,
 * tIME and every other ancillary chunk stay behind. Transparency is kept.
 */
export function sanitizePng(bytes: Uint8Array): SanitizedImage {
  let decoded: Pixels;
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    decoded = { width: png.width, height: png.height, data: png.data };
  } catch (error) {
    throw damaged(error);
  }
  if (decoded.width * decoded.height > MAX_MEGAPIXELS * 1_000_000) throw damaged(new Error('too many pixels'));
  const encoded = PNG.sync.write(Object.assign(new PNG({ width: decoded.width, height: decoded.height }), decoded));
  return {
    bytes: new Uint8Array(encoded),
    width: decoded.width,
    height: decoded.height,
    thumbnail: encodeJpeg(thumbnailPixels(decoded, THUMBNAIL_MAX_SIDE), THUMBNAIL_QUALITY),
  };
}

/**
 * Encodes from a new object holding the pixels alone: jpeg-js's decoder hands back the original EXIF block and
 * comments beside the pixels, and its encoder writes them back when they are there.
 */
function encodeJpeg({ width, height, data }: Pixels, quality: number): Uint8Array {
  return new Uint8Array(jpeg.encode({ width, height, data }, quality).data);
}
