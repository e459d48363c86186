// What an attachment may be. Images are re-encoded and PDFs stripped of their document metadata before they are
// stored, inside the vault only (docs/ARCHITECTURE.md, SECURITY.md).

export const attachmentMediaTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

/** One file: a phone photo or a scanned letter of a few pages. */
export const ATTACHMENT_MAX_BYTES = 15 * 1024 * 1024;
/** All attachments of a vault together: the vault is copied whole at every backup. */
export const ATTACHMENTS_VAULT_MAX_BYTES = 500 * 1024 * 1024;
