import type { z } from 'zod';
import type { Channel } from './channels';
import { dashboardContract } from './dashboard/dashboard.contract';
import { attachmentsContract } from './attachments/attachments.contract';
import { draftsContract } from './drafts/drafts.contract';
import { lettersContract } from './letters/letters.contract';
import { importExportContract } from './import-export/import-export.contract';
import { parcelsContract } from './parcels/parcels.contract';
import { printingContract } from './printing/printing.contract';
import { registryContract } from './registry/registry.contract';
import { settingsContract } from './settings/settings.contract';
import { vaultContract } from './vault/vault.contract';
import { eveningsContract } from './evenings/evenings.contract';
import { lettersTransferContract } from './import-export/letters-transfer.contract';
import { moneyContract } from './money/money.contract';
import { paymentsContract } from './money/payments.contract';

/**
 * What a channel needs before its handler runs, enforced by dispatch (one error code each, see ACCESS_ERRORS there):
 * `unlocked` an open vault, `locked` a vault that is not open, `nothing` either.
 */
export type ChannelNeeds = 'unlocked' | 'locked' | 'nothing';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  needs: ChannelNeeds;
}

/** The one table of the IPC contract, one slice per domain. Handlers, the preload, the client and the tests are all typed from it. */
export const contract = {
  ...vaultContract,
  ...settingsContract,
  ...registryContract,
  ...importExportContract,
  ...printingContract,
  ...draftsContract,
  ...dashboardContract,
  ...attachmentsContract,
  ...lettersContract,
  ...parcelsContract,
  ...eveningsContract,
  ...lettersTransferContract,
  ...moneyContract,
  ...paymentsContract,
} as const satisfies Record<Channel, ChannelSpec>;

/** What the caller sends (before zod defaults and transforms). */
export type InputOf<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type OutputOf<C extends Channel> = z.output<(typeof contract)[C]['output']>;

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> };
