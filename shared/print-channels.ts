/** Channel names of printing (issue 4): sheets and custom templates, plans, rendered jobs, calibration, reports. */
export const printChannelNames = [
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
