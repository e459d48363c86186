import { PDFDocument, PDFName } from 'pdf-lib';
import { AppError } from '../../../shared/errors';

export interface SanitizedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

function damaged(cause: unknown): AppError {
  return new AppError('ATTACHMENT_DAMAGED', 'The PDF is damaged, incomplete or encrypted and cannot be read', {
    cause,
  });
}

/**
 * The PDF's pages copied into a new, empty document: what is not a page stays behind with the original (the Info
 * dictionary with its title, author, subject, keywords, creator, producer and dates; the XMP metadata stream; outlines,
 * forms, scripts and embedded files). A page's own XMP stream is dropped before the copy. The new document is written
 * without an Info dictionary at all.
 */
export async function sanitizePdf(bytes: Uint8Array): Promise<SanitizedPdf> {
  let source: PDFDocument;
  try {
    // Strict: an object that does not parse refuses the file instead of being skipped.
    source = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    throw damaged(error);
  }
  const pageCount = source.getPageCount();
  if (pageCount === 0) throw damaged(new Error('no pages'));
  try {
    for (const page of source.getPages()) {
      page.node.delete(PDFName.of('Metadata'));
      page.node.delete(PDFName.of('PieceInfo'));
    }
    const clean = await PDFDocument.create({ updateMetadata: false });
    const pages = await clean.copyPages(source, source.getPageIndices());
    for (const page of pages) clean.addPage(page);
    return { bytes: await clean.save({ updateFieldAppearances: false }), pageCount };
  } catch (error) {
    throw damaged(error);
  }
}
