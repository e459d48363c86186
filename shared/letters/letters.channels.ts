/** Channel names of the letters domain: a prisoner's letters out and in, and the timeline of their page. */
export const lettersChannelNames = [
  'letters:list',
  'letters:get',
  'letters:create',
  'letters:update',
  'letters:delete',
  'letters:markHandled',
  'timeline:get',
  'letters:bulkMarkSent',
  'letters:bulkMarkReturned',
  'letters:exportCsv',
  'letters:readdressDrafts',
] as const;
