import { z } from 'zod';
import type { ChannelSpec } from './contract';
import type { printChannelNames } from './print-channels';
import * as pr from './schemas/print.schemas';

const empty = z.strictObject({});

export const printContract = {
  'print:sheets': { input: empty, output: pr.sheetsOutput },
  'templates:list': { input: empty, output: z.array(pr.labelSheet) },
  'templates:create': { input: pr.labelTemplateInput, output: pr.labelSheet },
  'templates:update': { input: pr.templateUpdateInput, output: pr.labelSheet },
  'templates:delete': { input: pr.templateIdInput, output: empty },
  'print:plan': { input: pr.printRequest, output: pr.printPlan },
  'print:render': { input: pr.renderInput, output: pr.renderOutput },
  'print:progress': { input: pr.progressInput, output: pr.progressOutput },
  'print:send': { input: pr.jobInput, output: pr.sendOutput },
  'print:save': { input: pr.jobInput, output: pr.saveOutput },
  'print:calibration': { input: pr.calibrationInput, output: pr.calibrationOutput },
  'print:report': { input: pr.reportInput, output: pr.reportOutput },
} as const satisfies Record<(typeof printChannelNames)[number], ChannelSpec>;
