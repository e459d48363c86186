import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_VAULT_MAX_BYTES } from './attachment-values';

const MB = 1024 * 1024;

/** The limits as people say them, in whole megabytes, for the refusals in words. */
export const attachmentLimitsMb = {
  file: Math.round(ATTACHMENT_MAX_BYTES / MB),
  vault: Math.round(ATTACHMENTS_VAULT_MAX_BYTES / MB),
} as const;
