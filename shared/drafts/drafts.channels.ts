/** Channel names of the drafts: the one form left half filled when the vault locked, kept inside the vault. */
export const draftsChannelNames = ['drafts:save', 'drafts:get', 'drafts:clear'] as const;
