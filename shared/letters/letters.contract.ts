import type { ChannelSpec } from '../contract';
import { empty, idInput } from '../common.schemas';
import * as ltr from './letters.schemas';
import * as bulk from './letter-bulk.schemas';
import { exportOutput } from '../import-export/import-export.schemas';
import { timeline, timelineInput } from './timeline.schemas';
import type { lettersChannelNames } from './letters.channels';

export const lettersContract = {
  'letters:list': { input: ltr.letterListInput, output: ltr.letterList, needs: 'unlocked' },
  'letters:get': { input: idInput, output: ltr.letterDetail, needs: 'unlocked' },
  'letters:create': { input: ltr.letterCreateInput, output: ltr.letterSaveOutput, needs: 'unlocked' },
  'letters:update': { input: ltr.letterUpdateInput, output: ltr.letterSaveOutput, needs: 'unlocked' },
  'letters:delete': { input: idInput, output: empty, needs: 'unlocked' },
  'letters:markHandled': { input: ltr.markHandledInput, output: ltr.letterDetail, needs: 'unlocked' },
  'timeline:get': { input: timelineInput, output: timeline, needs: 'unlocked' },
  'letters:bulkMarkSent': { input: bulk.bulkMarkSentInput, output: bulk.bulkOutput, needs: 'unlocked' },
  'letters:bulkMarkReturned': { input: bulk.bulkMarkReturnedInput, output: bulk.bulkOutput, needs: 'unlocked' },
  'letters:exportCsv': { input: bulk.letterExportInput, output: exportOutput, needs: 'unlocked' },
  'letters:readdressDrafts': { input: bulk.readdressInput, output: bulk.readdressOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof lettersChannelNames)[number], ChannelSpec>;
