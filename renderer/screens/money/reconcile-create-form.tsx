import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankLine } from '../../../shared/money/bank.schemas';
import type { SplitInput } from '../../../shared/money/ledger.schemas';
import { amountText, formatMoney, parseAmount } from '../../../shared/parcels/money-text';
import { BusyButton } from '../../components/busy-button';
import { currentLanguage } from '../../i18n';
import { PrisonerSearchField } from '../registry/prisoners/prisoner-search-field';

export interface Choice {
  id: number;
  label: string;
}

interface SplitDraft {
  key: number;
  categoryId: number | null;
  fundId: number | null;
  amount: string;
}

export interface CreatedEntry {
  splits: SplitInput[];
  prisonerId: number | null;
}

interface ReconcileCreateFormProps {
  line: BankLine;
  categories: readonly Choice[];
  funds: readonly Choice[];
  defaultFundId: number | null;
  busy: boolean;
  onCreate: (entry: CreatedEntry) => void;
  onCancel: () => void;
}

/**
 * A new ledger entry made from a bank line: its date, account and amount are the line's; the treasurer splits the
 * amount between categories and funds (typed as positive amounts, the line says in or out) and may link a prisoner.
 * It saves only when every part is complete and the parts make the amount exactly.
 */
export function ReconcileCreateForm({
  line,
  categories,
  funds,
  defaultFundId,
  busy,
  onCreate,
  onCancel,
}: ReconcileCreateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const k = 'money.reconcile.lines.create';
  const total = Math.abs(line.amountMinor);
  const sign = line.amountMinor < 0 ? -1 : 1;
  const [splits, setSplits] = useState<SplitDraft[]>([
    { key: 0, categoryId: null, fundId: defaultFundId, amount: amountText(total, language, line.currency) },
  ]);
  const [prisonerId, setPrisonerId] = useState<number | null>(null);
  const parsed = splits.map((split) => parseAmount(split.amount, language, line.currency));
  const sum = parsed.reduce<number>((acc, minor) => acc + (typeof minor === 'number' ? minor : 0), 0);
  const remaining = total - sum;
  const complete =
    remaining === 0 &&
    splits.every(
      (split, index) => split.categoryId !== null && split.fundId !== null && typeof parsed[index] === 'number',
    );
  const money = (minor: number) => formatMoney({ minor, currency: line.currency }, language);

  const change = (key: number, patch: Partial<SplitDraft>) =>
    setSplits((current) => current.map((split) => (split.key === key ? { ...split, ...patch } : split)));
  const add = () =>
    setSplits((current) => [
      ...current,
      {
        key: Math.max(...current.map((split) => split.key)) + 1,
        categoryId: null,
        fundId: defaultFundId,
        amount: remaining > 0 ? amountText(remaining, language, line.currency) : '',
      },
    ]);
  const save = () =>
    onCreate({
      splits: splits.map((split, index) => ({
        categoryId: split.categoryId,
        fundId: split.fundId ?? 0,
        amountMinor: sign * (Number(parsed[index]) || 0),
      })),
      prisonerId,
    });

  return (
    <form
      className="bank-create"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) save();
      }}
    >
      <h4 id={`${id}-heading`}>{t(`${k}.heading`)}</h4>
      <p className="muted">{t(`${k}.intro`, { amount: money(total) })}</p>
      {splits.map((split, index) => {
        const number = index + 1;
        const bad = split.amount.trim() !== '' && parsed[index] === undefined;
        return (
          <fieldset key={split.key} className="bank-split">
            <legend>{t(`${k}.split`, { number })}</legend>
            <div className="field">
              <label htmlFor={`${id}-${split.key}-category`}>{t(`${k}.category`)}</label>
              <select
                id={`${id}-${split.key}-category`}
                value={split.categoryId ?? ''}
                onChange={(event) => change(split.key, { categoryId: Number(event.target.value) || null })}
              >
                <option value="">—</option>
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-${split.key}-fund`}>{t(`${k}.fund`)}</label>
              <select
                id={`${id}-${split.key}-fund`}
                value={split.fundId ?? ''}
                onChange={(event) => change(split.key, { fundId: Number(event.target.value) || null })}
              >
                <option value="">—</option>
                {funds.map((fund) => (
                  <option key={fund.id} value={fund.id}>
                    {fund.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-${split.key}-amount`}>{t(`${k}.amount`)}</label>
              <input
                id={`${id}-${split.key}-amount`}
                type="text"
                inputMode="decimal"
                value={split.amount}
                aria-invalid={bad ? true : undefined}
                onChange={(event) => change(split.key, { amount: event.target.value })}
              />
              {bad && <p className="field-error">{t(`${k}.badAmount`)}</p>}
            </div>
            {splits.length > 1 && (
              <button
                type="button"
                className="button-link"
                onClick={() => setSplits((current) => current.filter((other) => other.key !== split.key))}
              >
                {t(`${k}.removeSplit`, { number })}
              </button>
            )}
          </fieldset>
        );
      })}
      <p role="status" className={remaining === 0 ? 'muted' : 'alert alert-warning'}>
        {remaining === 0 ? t(`${k}.balanced`) : t(`${k}.remaining`, { amount: money(remaining) })}
      </p>
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={add}>
          {t(`${k}.addSplit`)}
        </button>
      </div>
      <PrisonerSearchField label={t(`${k}.prisoner`)} prisonerId={prisonerId} onChange={setPrisonerId} />
      <div className="toolbar">
        <BusyButton type="submit" busy={busy} busyLabel={t(`${k}.save`)} disabled={!complete}>
          {t(`${k}.save`)}
        </BusyButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t(`${k}.cancel`)}
        </button>
      </div>
    </form>
  );
}
