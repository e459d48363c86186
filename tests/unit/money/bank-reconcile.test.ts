import { describe, expect, it } from 'vitest';
import { bankHmacKey, ibanHmac } from '../../../db/money/bank-hmac';
import { createDonor } from '../../../db/money/donors.queries';
import { setLedgerLock } from '../../../db/money/ledger-lock.queries';
import { createStandingOrder } from '../../../db/money/standing-orders.queries';
import { standingOrderDue } from '../../../db/money/standing-order-status.queries';
import { deleteTransaction, insertTransaction } from '../../../db/money/transactions.queries';
import { standingOrderInput } from '../../../shared/money/ledger.schemas';
import { bankVault, importFile, linesOf, march053, type BankVault } from './bank-data';
import { entry, NOW } from './ledger-data';

const DONOR_IBAN = 'CH3309000000004012345';

/** MARCH imported: the donation of Léa (50.00), the payment to the prison (−31.50), the QR batch (120.00), the two
 * payments credited together (35.50: Ana 20.00, Bruno 15.50) and Chloé's stamps (12.00). */
async function imported(v: BankVault) {
  await importFile(v, v.postfinance, march053());
  const lines = await linesOf(v.db, v.postfinance);
  const byAmount = (minor: number) => {
    const line = lines.find((l) => l.amount_minor === minor);
    if (!line) throw new Error(`no line of ${minor}`);
    return line.id;
  };
  return {
    lea: byAmount(5_000),
    prison: byAmount(-3_150),
    batch: byAmount(12_000),
    together: byAmount(3_550),
    ana: byAmount(2_000),
    bruno: byAmount(1_550),
    chloe: byAmount(1_200),
  };
}

describe('reconciling bank lines', () => {
  it('proposes the ordered payment of the same amount, date near, same reference; accepting confirms it on the bank’s date', async () => {
    const v = await bankVault();
    const ordered = await insertTransaction(
      v.db,
      entry(v.postfinance, '2026-03-03', [[v.categories['payment_to_prisoner'] ?? 0, v.funds.general, -3_150]], {
        status: 'ordered',
        text: 'RF18 5390 0754 7034',
      }),
      v.stamp,
    );
    const lines = await imported(v);
    const { proposals } = await v.r.call('bankLines:proposals', { lineId: lines.prison });
    expect(proposals[0]).toMatchObject({
      choice: { kind: 'ordered', transactionId: ordered },
      reasons: ['amount_equal', 'date_near', 'reference_equal'],
    });
    expect(await v.db.selectFrom('transactions').select('status').where('id', '=', ordered).executeTakeFirst()).toEqual(
      { status: 'ordered' },
    );
    const accepted = await v.r.call('bankLines:accept', {
      lineId: lines.prison,
      proposal: { kind: 'ordered', transactionId: ordered },
      byMemberId: v.memberId,
    });
    expect(accepted.line).toMatchObject({ status: 'reconciled', transactionId: ordered });
    expect(
      await v.db
        .selectFrom('transactions')
        .select(['status', 'booked_on'])
        .where('id', '=', ordered)
        .executeTakeFirst(),
    ).toEqual({ status: 'confirmed', booked_on: '2026-03-05' });
    expect((await v.r.call('bankLines:proposals', { lineId: lines.prison })).proposals).toEqual([]);
    const again = await v.r.fail('bankLines:accept', {
      lineId: lines.prison,
      proposal: { kind: 'ordered', transactionId: ordered },
    });
    expect(again.code).toBe('BANK_LINE_CLOSED');
  });

  it('recognises a standing donor by the keyed hash of the IBAN and records the payment against the order', async () => {
    const v = await bankVault('hash');
    const key = await bankHmacKey(v.db);
    const donor = await createDonor(
      v.db,
      { pseudonymOrName: 'L.', thanks: null, noThanks: true },
      NOW,
      ibanHmac(key, DONOR_IBAN),
    );
    const order = await createStandingOrder(
      v.db,
      standingOrderInput.parse({
        donorId: donor,
        accountId: v.postfinance,
        fundId: v.funds.legal,
        amountMinor: 5_000,
        currency: 'CHF',
        rhythm: 'monthly',
        fromOn: '2026-03-01',
      }),
      NOW,
    );
    const lines = await imported(v);
    const lea = (await linesOf(v.db, v.postfinance)).find((l) => l.id === lines.lea);
    expect(lea).toMatchObject({ payer_name: null, payer_iban: null, payer_iban_hash: ibanHmac(key, DONOR_IBAN) });
    const { proposals } = await v.r.call('bankLines:proposals', { lineId: lines.lea });
    expect(proposals[0]).toMatchObject({
      choice: { kind: 'standingOrder', standingOrderId: order },
      reasons: ['amount_equal', 'payer_recognised', 'period_missing'],
      categoryId: v.categories['donation'],
      fundId: v.funds.legal,
      dated: '2026-03-01',
    });
    const { transactionId } = await v.r.call('bankLines:accept', {
      lineId: lines.lea,
      proposal: { kind: 'standingOrder', standingOrderId: order },
    });
    const written = await v.db.selectFrom('splits').selectAll().where('transaction_id', '=', transactionId).execute();
    expect(written).toMatchObject([
      { category_id: v.categories['donation'], fund_id: v.funds.legal, amount_minor: 5_000 },
    ]);
    const due = await standingOrderDue(v.db, '2026-03-31');
    expect(due.filter((p) => p.standingOrderId === order).map((p) => p.state)).toEqual(['received']);
  });

  it('proposes the fund whose reference the payer quoted, as a donation to it', async () => {
    const v = await bankVault();
    await v.db
      .updateTable('funds')
      .set({ reference: '210000000003139471430009017' })
      .where('id', '=', v.funds.legal)
      .execute();
    const lines = await imported(v);
    const { proposals } = await v.r.call('bankLines:proposals', { lineId: lines.lea });
    expect(proposals).toMatchObject([
      {
        choice: { kind: 'fundReference', fundId: v.funds.legal },
        reasons: ['fund_reference'],
        label: 'Frais de justice',
      },
    ]);
    const { transactionId } = await v.r.call('bankLines:accept', {
      lineId: lines.lea,
      proposal: { kind: 'fundReference', fundId: v.funds.legal },
    });
    const written = await v.db
      .selectFrom('transactions')
      .selectAll()
      .where('id', '=', transactionId)
      .executeTakeFirst();
    expect(written).toMatchObject({ booked_on: '2026-03-02', amount_minor: 5_000, counterparty: 'Léa Müller & Fils' });
    const stale = await v.r.fail('bankLines:accept', {
      lineId: lines.chloe,
      proposal: { kind: 'fundReference', fundId: v.funds.legal },
    });
    expect(stale.code).toBe('BANK_PROPOSAL_STALE');
  });

  it('proposes a saved rule, which only proposes; creating with splits reconciles a batch and its details', async () => {
    const v = await bankVault();
    const lines = await imported(v);
    const rule = await v.r.call('bankRules:create', {
      counterparty: 'CHLOE',
      categoryId: v.categories['postage'] ?? 0,
      fundId: v.funds.general,
    });
    expect((await v.r.call('bankRules:list', { accountId: v.postfinance })).rules).toEqual([rule]);
    const { proposals } = await v.r.call('bankLines:proposals', { lineId: lines.chloe });
    expect(proposals).toMatchObject([{ choice: { kind: 'rule', ruleId: rule.id }, reasons: ['rule_counterparty'] }]);
    expect((await linesOf(v.db, v.postfinance)).find((l) => l.id === lines.chloe)?.status).toBe('open');

    const unbalanced = await v.r.fail('bankLines:create', {
      lineId: lines.together,
      splits: [{ categoryId: v.categories['donation'] ?? 0, fundId: v.funds.general, amountMinor: 3_000 }],
    });
    expect(unbalanced.code).toBe('LEDGER_UNBALANCED');
    const created = await v.r.call('bankLines:create', {
      lineId: lines.together,
      splits: [
        { categoryId: v.categories['donation'] ?? 0, fundId: v.funds.general, amountMinor: 2_000 },
        { categoryId: v.categories['membership_fee'] ?? 0, fundId: v.funds.general, amountMinor: 1_550 },
      ],
    });
    expect(created.line).toMatchObject({ status: 'reconciled', detailCount: 2 });
    const parts = (await linesOf(v.db, v.postfinance)).filter((l) => l.batch_line_id === lines.together);
    expect(parts.map((p) => p.status)).toEqual(['reconciled', 'reconciled']);

    await v.r.call('bankRules:delete', { id: rule.id });
    expect((await v.r.call('bankLines:proposals', { lineId: lines.chloe })).proposals).toEqual([]);
  });

  it('settles a batch through its details: the last one settled settles the total; an ignored one comes back', async () => {
    const v = await bankVault();
    const lines = await imported(v);
    await v.r.call('bankLines:ignore', { lineId: lines.ana });
    const donation = v.categories['donation'] ?? 0;
    await v.r.call('bankLines:create', {
      lineId: lines.bruno,
      splits: [{ categoryId: donation, fundId: v.funds.general, amountMinor: 1_550 }],
    });
    const status = async (id: number) => (await linesOf(v.db, v.postfinance)).find((l) => l.id === id)?.status;
    expect(await status(lines.together)).toBe('reconciled');
    const reopened = await v.r.call('bankLines:reopen', { lineId: lines.ana });
    expect(reopened.line.status).toBe('open');
    expect(await status(lines.together)).toBe('open');
  });

  it('a line in the closed period is listed as locked, never proposed, never reconciled', async () => {
    const v = await bankVault();
    const lines = await imported(v);
    const rule = await v.r.call('bankRules:create', {
      counterparty: 'Chloé',
      categoryId: v.categories['postage'] ?? 0,
      fundId: v.funds.general,
    });
    await setLedgerLock(v.db, { lockedThrough: '2026-03-31', reopenReason: null }, null, NOW);
    expect((await v.r.call('bankLines:proposals', { lineId: lines.chloe })).proposals).toEqual([]);
    const refused = await v.r.fail('bankLines:accept', {
      lineId: lines.chloe,
      proposal: { kind: 'rule', ruleId: rule.id },
    });
    expect(refused.code).toBe('BANK_LINE_CLOSED');
    const page = await v.r.call('bankLines:list', { accountId: v.postfinance });
    expect(page.lines.every((l) => l.locked)).toBe(true);
  });

  it('sends a line back to be reconciled when its transaction is deleted', async () => {
    const v = await bankVault();
    const lines = await imported(v);
    const { transactionId } = await v.r.call('bankLines:create', {
      lineId: lines.lea,
      splits: [{ categoryId: v.categories['donation'] ?? 0, fundId: v.funds.general, amountMinor: 5_000 }],
    });
    await deleteTransaction(v.db, transactionId ?? 0);
    const line = (await v.r.call('bankLines:list', { accountId: v.postfinance })).lines.find((l) => l.id === lines.lea);
    expect(line).toMatchObject({ status: 'open', transactionId: null });
  });

  it('lists the account’s lines newest first, page by page, with counts per status', async () => {
    const v = await bankVault();
    const lines = await imported(v);
    await v.r.call('bankLines:ignore', { lineId: lines.batch });
    const first = await v.r.call('bankLines:list', { accountId: v.postfinance, limit: 4 });
    expect(first.counts).toEqual({ open: 6, reconciled: 0, ignored: 1 });
    const second = await v.r.call('bankLines:list', {
      accountId: v.postfinance,
      limit: 4,
      cursor: first.nextCursor ?? '',
    });
    expect(second.nextCursor).toBeNull();
    const all = [...first.lines, ...second.lines];
    expect(all).toHaveLength(7);
    expect(all.map((l) => l.bookedOn)).toEqual([...all.map((l) => l.bookedOn)].sort().reverse());
    const open = await v.r.call('bankLines:list', { accountId: v.postfinance, status: 'ignored' });
    expect(open.lines.map((l) => l.id)).toEqual([lines.batch]);
  });

  it('keeps an initial only, or nothing but the hash, as the account chooses; the key is the vault’s own', async () => {
    const initial = await bankVault('initial');
    await importFile(initial, initial.postfinance, march053());
    const [lea] = await linesOf(initial.db, initial.postfinance);
    expect(lea).toMatchObject({ payer_name: 'L.', payer_iban: null });
    const other = await bankVault('initial');
    await importFile(other, other.postfinance, march053());
    const [elsewhere] = await linesOf(other.db, other.postfinance);
    expect((await bankHmacKey(initial.db)).length).toBe(32);
    expect(elsewhere?.payer_iban_hash).not.toBe(lea?.payer_iban_hash);
  });
});
