import type { ChannelSpec } from '../contract';
import { empty } from '../common.schemas';
import type { bankChannelNames } from './bank.channels';
import * as bank from './bank.schemas';

// Progress is polled while the import runs and may be asked once more after a lock: it answers, with no job.
export const bankContract = {
  'bankImport:check': { input: bank.bankImportCheckInput, output: bank.bankImportCheckOutput, needs: 'unlocked' },
  'bankImport:run': { input: bank.bankImportRunInput, output: bank.bankImportRunOutput, needs: 'unlocked' },
  'bankImport:progress': {
    input: bank.bankImportProgressInput,
    output: bank.bankImportProgressOutput,
    needs: 'nothing',
  },
  'bankImport:list': { input: bank.bankImportListInput, output: bank.bankImportListOutput, needs: 'unlocked' },
  // A run cancelled writes nothing (its one transaction is rolled back), as a lock does.
  'bankImport:cancel': { input: bank.bankImportCancelInput, output: bank.bankImportCancelOutput, needs: 'nothing' },
  'bankLines:list': { input: bank.bankLinesListInput, output: bank.bankLinesListOutput, needs: 'unlocked' },
  'bankLines:proposals': { input: bank.bankLineInput, output: bank.bankLinesProposalsOutput, needs: 'unlocked' },
  'bankLines:accept': { input: bank.bankLinesAcceptInput, output: bank.bankLineWriteOutput, needs: 'unlocked' },
  'bankLines:create': { input: bank.bankLinesCreateInput, output: bank.bankLineWriteOutput, needs: 'unlocked' },
  'bankLines:ignore': { input: bank.bankLinesIgnoreInput, output: bank.bankLineWriteOutput, needs: 'unlocked' },
  'bankLines:reopen': { input: bank.bankLinesIgnoreInput, output: bank.bankLineWriteOutput, needs: 'unlocked' },
  'bankRules:list': { input: bank.bankRulesListInput, output: bank.bankRulesListOutput, needs: 'unlocked' },
  'bankRules:create': { input: bank.bankRuleInput, output: bank.bankRule, needs: 'unlocked' },
  'bankRules:delete': { input: bank.bankRuleDeleteInput, output: empty, needs: 'unlocked' },
} as const satisfies Record<(typeof bankChannelNames)[number], ChannelSpec>;
