import { empty, idInput } from '../common.schemas';
import type { ChannelSpec } from '../contract';
import { renderedPdf } from '../printing/printing.schemas';
import type { parcelsChannelNames } from './parcels.channels';
import * as pa from './parcels.schemas';

// The packing list is rendered like a print report: kept in memory for the preview, saved with print:save.
export const parcelsContract = {
  'parcels:list': { input: pa.parcelListInput, output: pa.parcelList, needs: 'unlocked' },
  'parcels:get': { input: idInput, output: pa.parcelDetail, needs: 'unlocked' },
  'parcels:create': { input: pa.parcelCreateInput, output: pa.parcelSaveOutput, needs: 'unlocked' },
  'parcels:update': { input: pa.parcelUpdateInput, output: pa.parcelSaveOutput, needs: 'unlocked' },
  'parcels:delete': { input: idInput, output: empty, needs: 'unlocked' },
  'parcels:markHandled': { input: pa.markHandledInput, output: pa.parcelDetail, needs: 'unlocked' },
  'parcels:packingList': { input: idInput, output: renderedPdf, needs: 'unlocked' },
} as const satisfies Record<(typeof parcelsChannelNames)[number], ChannelSpec>;
