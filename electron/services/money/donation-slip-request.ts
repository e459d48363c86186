import type { z } from 'zod';
import type { slipProblem, slipRenderInput } from '../../../shared/money/payments.schemas';
import type { SenderAddress } from '../../../shared/settings/sender.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import { slipAccount, slipFund, slipStandingOrder } from '../../../db/money/donation-slip.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { getVaultSetting } from '../../../db/settings/settings.queries';
import type { DonationSlipRequest } from './donation-slip.types';

type SlipInput = z.output<typeof slipRenderInput>;
type SlipProblem = z.output<typeof slipProblem>;

/**
 * The slip a treasurer asked for, from the vault: the group (its name and return address from Settings, which a
 * Swiss QR-bill must print), the account, and the fund's reference or the standing order's (an order gives its fund,
 * its reference and, unless one is typed, its amount). Problems the settings or the account cause come back as codes.
 */
export async function donationSlipRequest(
  db: RegistryDb,
  input: SlipInput,
  language: Language,
): Promise<{ request: DonationSlipRequest; baseName: string } | { problems: SlipProblem[] }> {
  const account = await slipAccount(db, input.accountId);
  const order =
    input.standingOrderId === undefined ? null : await slipStandingOrder(db, input.standingOrderId, account.id);
  const fundId = order?.fundId ?? input.fundId;
  const fund = fundId === undefined ? null : await slipFund(db, fundId);
  const sender = await getVaultSetting<SenderAddress>(db, 'groupSender');
  const name = (await getVaultSetting<string>(db, 'groupName')) || sender?.name || '';

  const problems: SlipProblem[] = [];
  if (account.iban === null) problems.push({ code: 'account_no_iban' });
  const swiss = account.currency.toUpperCase() === 'CHF';
  // A QR-bill names the creditor's address; an EPC code does not need one.
  if (swiss && (!sender || !sender.address.postcode || !sender.address.street))
    problems.push({ code: 'group_address_missing' });
  if (problems.length > 0) return { problems };

  const reference = order?.reference ?? fund?.reference ?? undefined;
  const address = sender?.address;
  return {
    // No name in the file's name: it is seen in folders and print queues.
    baseName: `parloir-slip-${account.id}`,
    request: {
      language,
      size: input.size,
      group: {
        name,
        address: {
          street: address?.street ?? '',
          postalCode: address?.postcode ?? '',
          city: address?.city ?? '',
          country: address?.country ?? '',
        },
      },
      account: { currency: account.currency, iban: account.iban ?? '', bic: account.bic ?? undefined },
      fund: fund ? { name: fund.name, reference: reference } : undefined,
      amountMinor: input.amountMinor ?? order?.amountMinor,
    },
  };
}
