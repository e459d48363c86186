import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { useNavigate } from '../../navigation/navigation-context';
import { RecordedBySelect } from './recorded-by';

export const moneyTabs = ['accounts', 'ledger', 'funds', 'standingOrders', 'lock', 'bank'] as const;
export type MoneyTab = (typeof moneyTabs)[number];

const tabRoutes = {
  accounts: { page: 'money' },
  ledger: { page: 'moneyLedger' },
  funds: { page: 'moneyFunds' },
  standingOrders: { page: 'moneyStandingOrders' },
  lock: { page: 'moneyLock' },
  bank: { page: 'reconcile' },
} as const;

/** The Argent section's frame: its heading, the row of its parts (one pressed), the part's own buttons and content. */
export function MoneyLayout({ tab, actions, children }: { tab: MoneyTab; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="page page-wide money-page">
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('nav.money')}
        </h1>
        {actions && <div className="toolbar">{actions}</div>}
      </div>
      <div className="segmented" role="group" aria-label={t('money.screens.tabs.label')}>
        {moneyTabs.map((id) => (
          <button key={id} type="button" aria-pressed={tab === id} onClick={() => navigate(tabRoutes[id])}>
            {t(`money.screens.tabs.${id}`)}
          </button>
        ))}
      </div>
      <RecordedBySelect />
      {children}
    </section>
  );
}
