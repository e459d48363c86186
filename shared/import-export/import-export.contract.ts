import type { ChannelSpec } from '../contract';
import { empty } from '../common.schemas';
import type { importExportChannelNames } from './import-export.channels';
import * as imp from './import-export.schemas';

// Progress is polled by a timer that may still run for a moment after a lock: it answers, with no job.
export const importExportContract = {
  'import:pickFile': { input: empty, output: imp.importPickOutput, needs: 'unlocked' },
  'import:check': { input: imp.importCheckInput, output: imp.importCheckOutput, needs: 'unlocked' },
  'import:run': { input: imp.importRunInput, output: imp.importRunOutput, needs: 'unlocked' },
  'import:progress': { input: imp.importProgressInput, output: imp.importProgressOutput, needs: 'nothing' },
  'import:saveSetAside': { input: imp.importSaveSetAsideInput, output: imp.exportOutput, needs: 'unlocked' },
  'export:csv': { input: imp.exportInput, output: imp.exportOutput, needs: 'unlocked' },
} as const satisfies Record<(typeof importExportChannelNames)[number], ChannelSpec>;
