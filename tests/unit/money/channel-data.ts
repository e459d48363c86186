import { TestApp } from '../../support/test-app';

/**
 * A vault set up through the money channels as the window would: a member recording, two EUR accounts and a CHF one
 * (a QR-IBAN, so QR references can be made), a general and a restricted fund, and the built-in categories by key.
 */
export async function moneyApp() {
  const r = await TestApp.create();
  const member = await r.call('members:create', { pseudonym: 'Trésorière' });
  const by = { byMemberId: member.id };
  const account = async (name: string, currency: string, openingMinor: number, iban: string | null) =>
    (
      await r.call('accounts:create', {
        kind: iban ? 'bank' : 'cash',
        name,
        currency,
        iban,
        openingMinor,
        openingOn: '2025-01-01',
        ...by,
      })
    ).id;
  const accounts = {
    bank: await account('Compte courant', 'EUR', 120_000, 'FR76 3000 6000 0112 3456 7890 189'),
    cash: await account('Caisse', 'EUR', 5_000, null),
    // A QR-IBAN: its institution identifier, 31999, is in the QR range 30000 to 31999.
    swiss: await account('PostFinance', 'CHF', 30_000, 'CH44 3199 9123 0008 8901 2'),
  };
  const funds = {
    general: (await r.call('funds:create', { name: 'Général', kind: 'general', ...by })).id,
    legal: (await r.call('funds:create', { name: 'Frais de justice', kind: 'restricted', ...by })).id,
  };
  const { categories } = await r.call('categories:list', {});
  const category = Object.fromEntries(categories.map((c) => [c.builtinKey ?? c.name, c.id])) as Record<string, number>;
  return { r, memberId: member.id, by, accounts, funds, category };
}

export type MoneyApp = Awaited<ReturnType<typeof moneyApp>>;
