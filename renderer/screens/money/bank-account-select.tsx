import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface AccountChoice {
  id: number;
  name: string;
  currency: string;
  iban: string | null;
}

interface BankAccountSelectProps {
  accounts: readonly AccountChoice[];
  value: number | null;
  onChange: (accountId: number) => void;
  loading: boolean;
  disabled?: boolean;
}

/** The account a statement goes into or whose lines are reconciled, named with its currency and IBAN's end. */
export function BankAccountSelect({ accounts, value, onChange, loading, disabled }: BankAccountSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  if (loading) return null;
  if (accounts.length === 0) return <p className="empty-state">{t('money.reconcile.importing.noAccount')}</p>;
  return (
    <div className="field bank-account-field">
      <label htmlFor={id}>{t('money.reconcile.importing.account')}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {[account.name, account.currency, account.iban ? `…${account.iban.slice(-4)}` : null]
              .filter(Boolean)
              .join(' · ')}
          </option>
        ))}
      </select>
    </div>
  );
}
