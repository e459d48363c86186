/** Channel names of the evenings domain: writing evenings, who is written to, and the letters logged in one go. */
export const eveningsChannelNames = [
  'evenings:list',
  'evenings:get',
  'evenings:create',
  'evenings:update',
  'evenings:delete',
  'evenings:candidates',
  'evenings:logLetters',
] as const;
