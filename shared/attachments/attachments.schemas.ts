import { z } from 'zod';
import { id } from '../common.schemas';
import { attachmentMediaTypes } from './attachment-values';

/** What an attachment belongs to: a letter or a parcel, never both (the table's CHECK says the same). */
export const attachmentOwner = z.union([z.strictObject({ letterId: id }), z.strictObject({ parcelId: id })]);
export type AttachmentOwner = z.infer<typeof attachmentOwner>;

/** One attachment as lists show it: everything but its content. */
export const attachmentSummary = z.strictObject({
  id,
  fileName: z.string(),
  mediaType: z.enum(attachmentMediaTypes),
  byteSize: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  pageCount: z.number().int().positive().nullable(),
  createdAt: z.iso.datetime(),
  /** The small JPEG made on import, as base64; PDFs have none. */
  thumbnailBase64: z.string().nullable(),
});
export type AttachmentSummary = z.infer<typeof attachmentSummary>;

export const addedAttachment = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('added'), attachment: attachmentSummary }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const attachmentList = z.strictObject({ attachments: z.array(attachmentSummary) });

/** The stored (already cleaned) bytes, for showing inside Parloir: an image or a PDF the window draws in memory. */
export const attachmentPreview = z.strictObject({
  mediaType: z.enum(attachmentMediaTypes),
  fileName: z.string(),
  base64: z.string(),
});

export const savedAttachment = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('written'), fileName: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
