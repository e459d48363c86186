import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors';

export interface SanitizedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

/** Who wrote a note on the page and when: the author's name (often the account name of the scanner's computer). */
const ANNOTATION_IDENTITY_KEYS = ['T', 'M', 'CreationDate', 'NM', 'RC'] as const;

function encrypted(cause: unknown): AppError {
  return new AppError('ATTACHMENT_ENCRYPTED', 'The PDF is protected by a password', { cause });
}

/** A page's own metadata and the identity its annotations carry; what the notes say and where they are is kept. */
function stripPageIdentity(page: PDFPage): void {
  page.node.delete(PDFName.of('Metadata'));
  page.node.delete(PDFName.of('PieceInfo'));
  const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annotations) return;
  for (let i = 0; i < annotations.size(); i += 1) {
    const annotation = annotations.lookupMaybe(i, PDFDict);
    if (!annotation) continue;
    for (const key of ANNOTATION_IDENTITY_KEYS) annotation.delete(PDFName.of(key));
    annotation.delete(PDFName.of('Metadata'));
  }
}

function damaged(cause: unknown): AppError {
  return new AppError('ATTACHMENT_DAMAGED', 'The PDF is damaged or incomplete and cannot be read', {
    cause,
  });
}

/**
 * The PDF's pages copied into a new, empty document: what is not a page stays behind with the original (the Info
 * dictionary with its title, author, subject, keywords, creator, producer and dates; the XMP metadata stream; outlines,
 * forms, scripts and embedded files). A page's own XMP stream is dropped before the copy. The new document is written
 * without an Info dictionary at all. Annotations keep their place and text but lose their author, dates and ids. An
 * encrypted PDF is refused with its own reason: the user can remove the password and attach that copy.
 */
export async function sanitizePdf(bytes: Uint8Array): Promise<SanitizedPdf> {
  let source: PDFDocument;
  try {
    // Strict: an object that does not parse refuses the file instead of being skipped.
    // Loaded even when encrypted, only to tell that case apart: its pages would be unreadable ciphertext.
    source = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
      ignoreEncryption: true,
    });
  } catch (error) {
    throw damaged(error);
  }
  if (source.isEncrypted) throw encrypted(new Error('encrypted'));
  const pageCount = source.getPageCount();
  if (pageCount === 0) throw damaged(new Error('no pages'));
  try {
    for (const page of source.getPages()) stripPageIdentity(page);
    const clean = await PDFDocument.create({ updateMetadata: false });
    const pages = await clean.copyPages(source, source.getPageIndices());
    for (const page of pages) clean.addPage(page);
    return { bytes: await clean.save({ updateFieldAppearances: false }), pageCount };
  } catch (error) {
    throw damaged(error);
  }
}
