import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import {
  deleteFacility,
  facilityDeleteImpact,
  findFacility,
  insertFacility,
  listFacilities,
  setFacilityArchived,
  updateFacility,
} from '../../../db/registry/facilities.queries';
import { allPrisonerRows } from '../../../db/registry/prisoner-list.queries';
import { mustExist, requireChanged, type RegistryDb } from '../../../db/registry/registry-db';
import { reindexFacilities, reindexPrisoners } from '../../../db/registry/search-index.queries';
import type { AppContext } from '../app-context';

type FacilityHandlers = Pick<Handlers, Extract<keyof Handlers, `facilities:${string}`>>;

async function savedFacility(trx: RegistryDb, id: number) {
  await reindexFacilities(trx, [id]);
  return mustExist(await findFacility(trx, id), 'Facility');
}

export function facilitiesHandlers(ctx: AppContext): FacilityHandlers {
  return {
    'facilities:list': async (filter) => listFacilities(ctx.vault.db, filter),

    'facilities:get': async ({ id }) => {
      const db = ctx.vault.db;
      const facility = mustExist(await findFacility(db, id), 'Facility');
      const currentPrisoners = await allPrisonerRows(db, {
        statuses: [],
        tagIds: [],
        facilityId: id,
        includeArchived: false,
      });
      return { facility, currentPrisoners };
    },

    'facilities:create': async (data) =>
      ctx.vault.db.transaction().execute(async (trx) => savedFacility(trx, await insertFacility(trx, data))),

    'facilities:update': async ({ id, facility }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        requireChanged(await updateFacility(trx, id, facility), 'Facility');
        return savedFacility(trx, id);
      }),

    'facilities:archive': async ({ id, archived }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        requireChanged(await setFacilityArchived(trx, id, archived), 'Facility');
        return savedFacility(trx, id);
      }),

    'facilities:deleteImpact': async ({ id }) => {
      const db = ctx.vault.db;
      mustExist(await findFacility(db, id), 'Facility');
      return facilityDeleteImpact(db, id);
    },

    'facilities:delete': async ({ id, confirmed }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findFacility(trx, id), 'Facility');
        const impact = await facilityDeleteImpact(trx, id);
        if (impact.stays > 0 && !confirmed) {
          throw new AppError(
            'CONFIRMATION_REQUIRED',
            'This facility has custody history: confirm to delete it with its stays',
          );
        }
        const affected = await deleteFacility(trx, id);
        await reindexFacilities(trx, [id]);
        await reindexPrisoners(trx, affected);
        return {};
      }),
  };
}
