import type { Handlers, ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { parcelsChannelNames } from '../../../shared/parcels/parcels.channels';
import type { ParcelSaveOutput } from '../../../shared/parcels/parcels.schemas';
import { resolveParcelStay } from '../../../db/parcels/parcel-destination.queries';
import { listParcels } from '../../../db/parcels/parcel-list.queries';
import { parcelRuleWarnings } from '../../../db/parcels/parcel-rules';
import {
  deleteParcel,
  findParcel,
  insertParcel,
  setParcelHandled,
  updateParcel,
} from '../../../db/parcels/parcels.queries';
import { findPrisoner } from '../../../db/registry/prisoners.queries';
import { mustExist, requireChanged, type RegistryDb } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { renderedJobsOf } from '../printing/print-jobs';
import { renderPackingList } from './packing-list';

type Names = (typeof parcelsChannelNames)[number];
type Fields = ParsedInputOf<'parcels:create'>;

const base64 = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');

/**
 * Parcels: every save checks the stay's facility rules first. With warnings and no `acceptWarnings`, nothing is
 * written and the warnings come back for a "save anyway"; the check and the write run in one transaction.
 */
export function parcelsHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const language = () => ctx.preferences.get().language;

  async function checked(trx: RegistryDb, data: Fields) {
    mustExist(await findPrisoner(trx, data.prisonerId), 'Prisoner');
    const stay = await resolveParcelStay(trx, data.prisonerId, data.stayId, language());
    const warnings = parcelRuleWarnings(data, stay);
    return { stay, warnings, blocked: warnings.length > 0 && !data.acceptWarnings };
  }

  async function saved(trx: RegistryDb, id: number, warnings: ParcelSaveOutput['warnings']): Promise<ParcelSaveOutput> {
    const parcel = mustExist(await findParcel(trx, id), 'Parcel');
    return { status: 'saved', parcel, warnings };
  }

  return {
    'parcels:list': async (query) => listParcels(ctx.vault.db, query),

    'parcels:get': async ({ id }) => mustExist(await findParcel(ctx.vault.db, id), 'Parcel'),

    'parcels:create': async (data) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const { stay, warnings, blocked } = await checked(trx, data);
        if (blocked) return { status: 'warnings', warnings } as ParcelSaveOutput;
        return saved(trx, await insertParcel(trx, data, stay), warnings);
      }),

    'parcels:update': async ({ id, ...data }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const previous = mustExist(await findParcel(trx, id), 'Parcel');
        const fields = { ...data, prisonerId: previous.prisonerId };
        const { stay, warnings, blocked } = await checked(trx, fields);
        if (blocked) return { status: 'warnings', warnings } as ParcelSaveOutput;
        await updateParcel(trx, id, fields, stay, previous);
        return saved(trx, id, warnings);
      }),

    // The window asks first (a parcel takes only its contents with it), like a member's deletion.
    'parcels:delete': async ({ id }) => {
      requireChanged(await deleteParcel(ctx.vault.db, id), 'Parcel');
      return {};
    },

    'parcels:markHandled': async ({ id, handled, actionTaken }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const parcel = mustExist(await findParcel(trx, id), 'Parcel');
        if (parcel.issueReason === null) {
          const message = 'Only a refused, returned or lost parcel can be marked handled';
          throw new AppError('VALIDATION', message, { issues: [{ path: ['id'], message }] });
        }
        await setParcelHandled(trx, id, handled, actionTaken);
        return mustExist(await findParcel(trx, id), 'Parcel');
      }),

    'parcels:packingList': async ({ id }) => {
      // The unlock this PDF belongs to: one finished after a lock is not kept.
      const signal = ctx.vault.lockSignal;
      const parcel = mustExist(await findParcel(ctx.vault.db, id), 'Parcel');
      const { pdf, pages, baseName } = await renderPackingList(parcel, language());
      const jobId = renderedJobsOf(ctx.jobs).add({ pdf, pages, baseName }, { signal });
      return { jobId, pages, pdfBase64: base64(pdf) };
    },
  };
}
