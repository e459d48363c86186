/** Channel names of printing: sheets and custom templates, plans, rendered jobs, calibration, reports. */
export const printingChannelNames = [
  'print:sheets',
  'templates:list',
  'templates:create',
  'templates:update',
  'templates:delete',
  'print:plan',
  'print:render',
  'print:progress',
  'print:send',
  'print:save',
  'print:calibration',
  'print:report',
] as const;
