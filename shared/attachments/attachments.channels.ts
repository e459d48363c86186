/** Channel names of attachments: files kept inside the vault with a letter or a parcel. */
export const attachmentsChannelNames = [
  'attachments:add',
  'attachments:list',
  'attachments:preview',
  'attachments:saveAs',
  'attachments:delete',
] as const;
