import type { Handlers } from '../../../shared/contract';
import type { bankChannelNames } from '../../../shared/money/bank.channels';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';

type Names = (typeof bankChannelNames)[number];

const notYet = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'Not built yet');
};

/** The bank statement import and the reconciliation of its lines. */
export function bankHandlers(ctx: AppContext): Pick<Handlers, Names> {
  void ctx;
  return {
    'bankImport:check': notYet,
    'bankImport:run': notYet,
    'bankImport:progress': async () => ({ state: 'idle', done: 0, total: 0 }),
    'bankImport:list': notYet,
    'bankLines:list': notYet,
    'bankLines:proposals': notYet,
    'bankLines:accept': notYet,
    'bankLines:create': notYet,
    'bankLines:ignore': notYet,
    'bankLines:reopen': notYet,
    'bankRules:list': notYet,
    'bankRules:create': notYet,
    'bankRules:delete': notYet,
  };
}
