import { z } from 'zod';
import { empty } from '../common.schemas';
import type { ChannelSpec } from '../contract';
import type { printingChannelNames } from './printing.channels';
import * as pr from './printing.schemas';

// Progress is polled by a timer that may still run for a moment after a lock: it answers, with no job.
export const printingContract = {
  'print:sheets': { input: empty, output: pr.sheetsOutput, needs: 'unlocked' },
  'templates:list': { input: empty, output: z.array(pr.labelSheet), needs: 'unlocked' },
  'templates:create': { input: pr.labelTemplateInput, output: pr.labelSheet, needs: 'unlocked' },
  'templates:update': { input: pr.templateUpdateInput, output: pr.labelSheet, needs: 'unlocked' },
  'templates:delete': { input: pr.templateIdInput, output: empty, needs: 'unlocked' },
  'print:plan': { input: pr.printRequest, output: pr.printPlan, needs: 'unlocked' },
  'print:render': { input: pr.renderInput, output: pr.renderOutput, needs: 'unlocked' },
  'print:progress': { input: pr.progressInput, output: pr.progressOutput, needs: 'nothing' },
  'print:send': { input: pr.jobInput, output: pr.sendOutput, needs: 'unlocked' },
  'print:save': { input: pr.jobInput, output: pr.saveOutput, needs: 'unlocked' },
  'print:calibration': { input: pr.calibrationInput, output: pr.calibrationOutput, needs: 'unlocked' },
  'print:report': { input: pr.reportInput, output: pr.reportOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof printingChannelNames)[number], ChannelSpec>;
