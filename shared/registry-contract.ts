import { z } from 'zod';
import type { ChannelSpec } from './contract';
import { idInput } from './schemas/common.schemas';
import * as fac from './schemas/facilities.schemas';
import { facilityDetail } from './schemas/facility-detail.schemas';
import * as imp from './schemas/import-export.schemas';
import * as mem from './schemas/members.schemas';
import * as pri from './schemas/prisoners.schemas';
import * as sea from './schemas/search.schemas';
import * as sta from './schemas/stays.schemas';
import * as tag from './schemas/tags.schemas';
import type { registryChannelNames } from './registry-channels';

const empty = z.strictObject({});

export const registryContract = {
  'facilities:list': { input: fac.facilityListInput, output: z.array(fac.facilitySummary) },
  'facilities:get': { input: idInput, output: facilityDetail },
  'facilities:create': { input: fac.facilityInput, output: fac.facility },
  'facilities:update': { input: fac.facilityUpdateInput, output: fac.facility },
  'facilities:archive': { input: fac.archiveInput, output: fac.facility },
  'facilities:deleteImpact': { input: idInput, output: fac.deleteImpact },
  'facilities:delete': { input: fac.deleteInput, output: empty },
  'prisoners:list': { input: pri.prisonerListInput, output: pri.prisonerList },
  'prisoners:get': { input: idInput, output: pri.prisonerDetail },
  'prisoners:create': { input: pri.prisonerCreateInput, output: pri.prisonerDetail },
  'prisoners:update': { input: pri.prisonerUpdateInput, output: pri.prisonerDetail },
  'prisoners:archive': { input: fac.archiveInput, output: pri.prisonerDetail },
  'prisoners:setTags': { input: tag.setTagsInput, output: pri.prisonerDetail },
  'prisoners:deleteImpact': { input: idInput, output: fac.deleteImpact },
  'prisoners:delete': { input: fac.deleteInput, output: empty },
  'stays:add': { input: sta.stayCreateInput, output: pri.prisonerDetail },
  'stays:update': { input: sta.stayUpdateInput, output: pri.prisonerDetail },
  'stays:remove': { input: idInput, output: pri.prisonerDetail },
  'stays:transfer': { input: sta.transferInput, output: pri.prisonerDetail },
  'stays:close': { input: sta.closeStayInput, output: pri.prisonerDetail },
  'tags:list': { input: empty, output: z.array(tag.tag) },
  'tags:create': { input: tag.tagInput, output: tag.tag },
  'tags:update': { input: tag.tagUpdateInput, output: tag.tag },
  'tags:delete': { input: fac.deleteInput, output: empty },
  'members:list': { input: empty, output: z.array(mem.member) },
  'members:create': { input: mem.memberInput, output: mem.member },
  'members:update': { input: mem.memberUpdateInput, output: mem.member },
  'members:delete': { input: idInput, output: empty },
  'search:query': { input: sea.searchInput, output: sea.searchOutput },
  'import:pickFile': { input: empty, output: imp.importPickOutput },
  'import:check': { input: imp.importCheckInput, output: imp.importCheckOutput },
  'import:run': { input: imp.importRunInput, output: imp.importRunOutput },
  'import:progress': { input: imp.importProgressInput, output: imp.importProgressOutput },
  'export:csv': { input: imp.exportInput, output: imp.exportOutput },
} as const satisfies Record<(typeof registryChannelNames)[number], ChannelSpec>;
