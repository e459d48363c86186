import { AppError } from '../../../shared/errors';
import { ATTACHMENT_MAX_BYTES, type AttachmentMediaType } from '../../../shared/attachments/attachment-values';
import { attachmentLimitsMb } from '../../../shared/attachments/attachment-limits';
import { sanitizeJpeg, sanitizePng } from './sanitize-image';
import { sanitizePdf } from './sanitize-pdf';

export interface SanitizedAttachment {
  mediaType: AttachmentMediaType;
  /** The name to show and to propose on "save as": the declared one, its extension the detected type's. */
  fileName: string;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
  pageCount: number | null;
  /** A small JPEG for lists, made in memory; PDFs have none (the window draws their first page itself). */
  thumbnail: Uint8Array | null;
}

const EXTENSIONS: Record<AttachmentMediaType, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
};
const MAX_NAME_LENGTH = 120;

/** The type by the file's first bytes, never by its name: a ZIP called photo.jpg is a ZIP. */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** The declared name without folders, control characters or a misleading extension, never empty. */
export function attachmentFileName(declared: string, mediaType: AttachmentMediaType): string {
  const base = declared.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const plain = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const stem = plain
    .replace(/\.[^.]*$/, '')
    .slice(0, MAX_NAME_LENGTH)
    .trim();
  return `${stem || 'attachment'}${EXTENSIONS[mediaType]}`;
}

/**
 * What Parloir keeps of a file the user attaches: its type by magic bytes, images decoded and re-encoded, PDFs
 * rebuilt from their pages. Everything happens in memory; a file that is empty, too large, of another type or
 * damaged is refused with its error code.
 */
export async function sanitizeAttachment(bytes: Uint8Array, declaredName: string): Promise<SanitizedAttachment> {
  if (bytes.length === 0) throw new AppError('ATTACHMENT_EMPTY', 'The file is empty');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError('ATTACHMENT_TOO_LARGE', `The file is over ${attachmentLimitsMb.file} MB`);
  }
  const mediaType = detectMediaType(bytes);
  if (!mediaType) throw new AppError('ATTACHMENT_UNSUPPORTED', 'The file is not a JPEG, PNG or PDF');
  const fileName = attachmentFileName(declaredName, mediaType);
  if (mediaType === 'application/pdf') {
    const pdf = await sanitizePdf(bytes);
    return {
      mediaType,
      fileName,
      bytes: pdf.bytes,
      width: null,
      height: null,
      pageCount: pdf.pageCount,
      thumbnail: null,
    };
  }
  const image = mediaType === 'image/jpeg' ? sanitizeJpeg(bytes) : sanitizePng(bytes);
  return { mediaType, fileName, pageCount: null, ...image };
}
