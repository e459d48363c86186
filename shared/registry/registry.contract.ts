import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { empty, idInput } from '../common.schemas';
import { archiveInput, deleteInput } from '../deletion.schemas';
import { deleteImpact } from './delete-impact.schemas';
import * as fac from './facilities.schemas';
import { facilityDetail } from './facility-detail.schemas';
import * as mem from './members.schemas';
import * as pri from './prisoners.schemas';
import * as sea from './search.schemas';
import * as sta from './stays.schemas';
import * as tag from './tags.schemas';
import type { registryChannelNames } from './registry.channels';

export const registryContract = {
  'facilities:list': { input: fac.facilityListInput, output: z.array(fac.facilitySummary), needs: 'unlocked' },
  'facilities:get': { input: idInput, output: facilityDetail, needs: 'unlocked' },
  'facilities:create': { input: fac.facilityInput, output: fac.facility, needs: 'unlocked' },
  'facilities:update': { input: fac.facilityUpdateInput, output: fac.facility, needs: 'unlocked' },
  'facilities:archive': { input: archiveInput, output: fac.facility, needs: 'unlocked' },
  'facilities:deleteImpact': { input: idInput, output: deleteImpact, needs: 'unlocked' },
  'facilities:delete': { input: deleteInput, output: empty, needs: 'unlocked' },
  'prisoners:list': { input: pri.prisonerListInput, output: pri.prisonerList, needs: 'unlocked' },
  'prisoners:get': { input: idInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'prisoners:create': { input: pri.prisonerCreateInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'prisoners:update': { input: pri.prisonerUpdateInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'prisoners:archive': { input: archiveInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'prisoners:setTags': { input: tag.setTagsInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'prisoners:bulkTag': { input: tag.bulkTagInput, output: tag.bulkTagOutput, needs: 'unlocked' },
  'prisoners:ids': { input: pri.prisonerIdsInput, output: pri.prisonerIds, needs: 'unlocked' },
  'prisoners:deleteImpact': { input: idInput, output: deleteImpact, needs: 'unlocked' },
  'prisoners:delete': { input: deleteInput, output: empty, needs: 'unlocked' },
  'stays:add': { input: sta.stayCreateInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'stays:update': { input: sta.stayUpdateInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'stays:remove': { input: idInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'stays:transfer': { input: sta.transferInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'stays:close': { input: sta.closeStayInput, output: pri.prisonerDetail, needs: 'unlocked' },
  'tags:list': { input: empty, output: z.array(tag.tag), needs: 'unlocked' },
  'tags:create': { input: tag.tagInput, output: tag.tag, needs: 'unlocked' },
  'tags:update': { input: tag.tagUpdateInput, output: tag.tag, needs: 'unlocked' },
  'tags:delete': { input: deleteInput, output: empty, needs: 'unlocked' },
  'members:list': { input: empty, output: z.array(mem.member), needs: 'unlocked' },
  'members:create': { input: mem.memberInput, output: mem.member, needs: 'unlocked' },
  'members:update': { input: mem.memberUpdateInput, output: mem.member, needs: 'unlocked' },
  'members:delete': { input: idInput, output: empty, needs: 'unlocked' },
  'search:query': { input: sea.searchInput, output: sea.searchOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof registryChannelNames)[number], ChannelSpec>;
