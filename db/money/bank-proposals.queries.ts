import type { Selectable } from 'kysely';
import type { Proposal } from '../../shared/money/bank.schemas';
import { detectReference } from '../../shared/money/payment-references';
import { addDays } from '../../shared/today';
import type { BankLinesTable } from '../schema';
import type { RegistryDb } from '../registry/registry-db';
import { foldCounterparty } from './bank-rules.queries';
import { getLedgerLock } from './ledger-lock.queries';
import { standingOrderDue } from './standing-order-status.queries';

type LineRow = Selectable<BankLinesTable>;

/** How far a bank's booking date may be from the day a payment was ordered: banks take days, groups forget. */
const ORDERED_DAYS_BEFORE = 30;
const ORDERED_DAYS_AFTER = 10;
/** A standing order that ended this long before the line may still be what paid it (a late last payment). */
const ORDER_ENDED_GRACE_DAYS = 40;

const daysBetween = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
/** Letters and digits only, upper case: "+++090/9337/55493+++" and "090933755493" are one reference. */
const compactReference = (text: string) => text.replace(/[^0-9a-z]/giu, '').toUpperCase();
const folded = foldCounterparty;

/** The line's structured reference: the one the bank gave, else one written in its text. */
function lineReference(line: LineRow): string | null {
  if (line.reference_value) return compactReference(line.reference_value);
  const found = detectReference(line.remittance);
  return found ? compactReference(found.value) : null;
}

export async function donationCategoryId(db: RegistryDb): Promise<number | null> {
  const row = await db
    .selectFrom('categories')
    .select('id')
    .where('name', '=', 'donation')
    .where('builtin', '=', 1)
    .executeTakeFirst();
  return row?.id ?? null;
}

async function orderedProposals(db: RegistryDb, line: LineRow, lockedThrough: string | null): Promise<Proposal[]> {
  let query = db
    .selectFrom('transactions as t')
    .leftJoin('prisoners as p', 'p.id', 't.prisoner_id')
    .select(['t.id', 't.booked_on', 't.text', 'p.family_name'])
    .where('t.account_id', '=', line.account_id)
    .where('t.status', '=', 'ordered')
    .where('t.amount_minor', '=', line.amount_minor)
    .where('t.booked_on', '>=', addDays(line.booked_on, -ORDERED_DAYS_BEFORE))
    .where('t.booked_on', '<=', addDays(line.booked_on, ORDERED_DAYS_AFTER))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('bank_lines as b').select('b.id').whereRef('b.transaction_id', '=', 't.id'))),
    );
  if (lockedThrough !== null) query = query.where('t.booked_on', '>', lockedThrough);
  const rows = await query.execute();
  const text = folded(line.remittance);
  const reference = lineReference(line);
  return rows.map((row) => {
    const reasons: Proposal['reasons'] = ['amount_equal'];
    let score = 55;
    const days = daysBetween(row.booked_on, line.booked_on);
    if (days <= 7) {
      reasons.push('date_near');
      score += 15 - Math.round(days);
    }
    const ordered = folded(row.text);
    const sameText = ordered !== '' && text !== '' && (text.includes(ordered) || ordered.includes(text));
    // A prisoner's payment reference (écrou number and name) is the ordered payment's text, quoted back by the bank.
    if (sameText || (reference !== null && compactReference(row.text).includes(reference))) {
      reasons.push('reference_equal');
      score += 25;
    } else if (row.family_name && text.includes(folded(row.family_name))) {
      reasons.push('text_names_prisoner');
      score += 15;
    }
    return {
      choice: { kind: 'ordered' as const, transactionId: row.id },
      score: Math.min(score, 100),
      reasons,
      categoryId: null,
      fundId: null,
      dated: row.booked_on,
      label: row.text,
    };
  });
}

async function standingOrderProposals(db: RegistryDb, line: LineRow, donation: number | null): Promise<Proposal[]> {
  if (line.amount_minor <= 0 || donation === null) return [];
  const orders = await db
    .selectFrom('standing_orders as o')
    .leftJoin('donors as d', 'd.id', 'o.donor_id')
    .select(['o.id', 'o.fund_id', 'o.reference', 'd.iban_hash', 'd.pseudonym_or_name'])
    .where('o.account_id', '=', line.account_id)
    .where('o.amount_minor', '=', line.amount_minor)
    .where('o.from_on', '<=', line.booked_on)
    .where((eb) =>
      eb.or([eb('o.until_on', 'is', null), eb('o.until_on', '>=', addDays(line.booked_on, -ORDER_ENDED_GRACE_DAYS))]),
    )
    .execute();
  if (orders.length === 0) return [];
  const missing = (await standingOrderDue(db, line.booked_on)).filter((period) => period.state === 'missing');
  const reference = lineReference(line);
  const text = folded(line.remittance);
  const proposals: Proposal[] = [];
  for (const order of orders) {
    const reasons: Proposal['reasons'] = ['amount_equal'];
    let score = 35;
    if (order.iban_hash !== null && order.iban_hash === line.payer_iban_hash) {
      reasons.push('payer_recognised');
      score += 35;
    }
    const own = order.reference ? compactReference(order.reference) : '';
    if (own && (own === reference || text.includes(folded(order.reference)))) {
      reasons.push('reference_equal');
      score += 25;
    }
    const period = missing.filter((p) => p.standingOrderId === order.id && p.expectedOn <= line.booked_on).at(-1);
    if (period) {
      reasons.push('period_missing');
      score += 10;
    }
    if (reasons.length === 1) continue;
    proposals.push({
      choice: { kind: 'standingOrder', standingOrderId: order.id },
      score: Math.min(score, 95),
      reasons,
      categoryId: donation,
      fundId: order.fund_id,
      dated: period?.expectedOn ?? null,
      label: order.pseudonym_or_name ?? order.reference ?? '',
    });
  }
  return proposals;
}

async function fundReferenceProposals(db: RegistryDb, line: LineRow, donation: number | null): Promise<Proposal[]> {
  const reference = lineReference(line);
  if (line.amount_minor <= 0 || reference === null || donation === null) return [];
  const funds = await db
    .selectFrom('funds')
    .select(['id', 'name', 'reference'])
    .where('reference', 'is not', null)
    .where('archived', '=', 0)
    .execute();
  return funds
    .filter((fund) => fund.reference !== null && compactReference(fund.reference) === reference)
    .map((fund) => ({
      choice: { kind: 'fundReference' as const, fundId: fund.id },
      score: 85,
      reasons: ['fund_reference' as const],
      categoryId: donation,
      fundId: fund.id,
      dated: null,
      label: fund.name,
    }));
}

async function ruleProposals(db: RegistryDb, line: LineRow): Promise<Proposal[]> {
  const said = ` ${folded(line.payer_name)} ${folded(line.remittance)} `;
  const rules = await db
    .selectFrom('bank_rules')
    .select(['id', 'counterparty', 'counterparty_folded', 'category_id', 'fund_id'])
    .where((eb) => eb.or([eb('account_id', 'is', null), eb('account_id', '=', line.account_id)]))
    .orderBy('id')
    .execute();
  return rules
    .filter((rule) => said.includes(rule.counterparty_folded))
    .map((rule) => ({
      choice: { kind: 'rule' as const, ruleId: rule.id },
      score: 50,
      reasons: ['rule_counterparty' as const],
      categoryId: rule.category_id,
      fundId: rule.fund_id,
      dated: null,
      label: rule.counterparty,
    }));
}

/**
 * What a bank line could be, best first; nothing is ever applied without the treasurer. A line already reconciled or
 * ignored, or dated in the closed period, gets none: it is never matched again.
 */
export async function bankLineProposals(db: RegistryDb, line: LineRow): Promise<Proposal[]> {
  const { lockedThrough } = await getLedgerLock(db);
  if (line.status !== 'open' || (lockedThrough !== null && line.booked_on <= lockedThrough)) return [];
  const donation = await donationCategoryId(db);
  const proposals = [
    ...(await orderedProposals(db, line, lockedThrough)),
    ...(await standingOrderProposals(db, line, donation)),
    ...(await fundReferenceProposals(db, line, donation)),
    ...(await ruleProposals(db, line)),
  ];
  return proposals.sort((a, b) => b.score - a.score);
}
