import type { ChannelSpec } from '../contract';
import { empty, idInput } from '../common.schemas';
import * as ev from './evenings.schemas';
import type { eveningsChannelNames } from './evenings.channels';

export const eveningsContract = {
  'evenings:list': { input: empty, output: ev.eveningList, needs: 'unlocked' },
  'evenings:get': { input: idInput, output: ev.eveningDetail, needs: 'unlocked' },
  'evenings:create': { input: ev.eveningInput, output: ev.eveningDetail, needs: 'unlocked' },
  'evenings:update': { input: ev.eveningUpdateInput, output: ev.eveningDetail, needs: 'unlocked' },
  'evenings:delete': { input: idInput, output: empty, needs: 'unlocked' },
  'evenings:candidates': { input: ev.candidatesInput, output: ev.candidateList, needs: 'unlocked' },
  'evenings:logLetters': { input: ev.logLettersInput, output: ev.logLettersOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof eveningsChannelNames)[number], ChannelSpec>;
