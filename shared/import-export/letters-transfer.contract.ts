import type { ChannelSpec } from '../contract';
import type { lettersTransferChannelNames } from './letters-transfer.channels';
import * as lt from './letters-transfer.schemas';

// Progress is polled while the import runs and may be asked once more after a lock: it answers, with no job.
export const lettersTransferContract = {
  'lettersImport:check': { input: lt.lettersImportCheckInput, output: lt.lettersImportCheckOutput, needs: 'unlocked' },
  'lettersImport:run': { input: lt.lettersImportRunInput, output: lt.lettersImportRunOutput, needs: 'unlocked' },
  'lettersImport:progress': {
    input: lt.lettersImportProgressInput,
    output: lt.lettersImportProgressOutput,
    needs: 'nothing',
  },
  'lettersExport:run': { input: lt.lettersExportInput, output: lt.lettersExportOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof lettersTransferChannelNames)[number], ChannelSpec>;
