import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandingOrder } from '../../../shared/money/ledger-outputs.schemas';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import { useMoneyWrite, useStandingOrders } from '../../api/money.queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { DonorsSection } from './donors-section';
import { MoneyAmount } from './money-amount';
import { MoneyLayout } from './money-layout';
import { recordedBy } from './recorded-by';
import { StandingOrderDialog } from './standing-order-dialog';

/** Ordres permanents: what each donor is expected to give, and whether it came (received, late, missing periods). */
export function StandingOrdersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const orders = useStandingOrders();
  const end = useMoneyWrite('standingOrders:end');
  const [editing, setEditing] = useState<StandingOrder | 'new' | null>(null);
  const [ending, setEnding] = useState<StandingOrder | null>(null);
  const today = localToday();
  const list = orders.data?.orders ?? [];
  const nameOf = (order: StandingOrder) => order.donorName ?? t('money.screens.orders.anonymous');
  const state = (order: StandingOrder) => {
    if (order.untilOn !== null && order.untilOn < today) {
      return t('money.screens.orders.ended', { date: formatDate(order.untilOn, language) });
    }
    if (order.missingCount === 0) return t('money.screens.orders.received');
    const missing = t('money.screens.orders.missing', { count: order.missingCount });
    return order.lateCount > 0 ? `${t('money.screens.orders.late')} · ${missing}` : missing;
  };
  return (
    <MoneyLayout
      tab="standingOrders"
      actions={
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          {t('money.screens.orders.new')}
        </button>
      }
    >
      <ErrorAlert code={orders.isError ? errorCodeOf(orders.error) : end.isError ? errorCodeOf(end.error) : null} />
      {orders.isPending ? (
        <p role="status">{t('money.screens.loading')}</p>
      ) : list.length === 0 ? (
        <div className="empty-state">
          <p>{t('money.screens.orders.empty')}</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('money.screens.orders.donor')}</th>
                <th scope="col" className="numeric">
                  {t('money.screens.orders.amount')}
                </th>
                <th scope="col">{t('money.screens.orders.rhythm')}</th>
                <th scope="col">{t('money.screens.orders.fund')}</th>
                <th scope="col">{t('money.screens.orders.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((order) => (
                <tr key={order.id}>
                  <td className="row-name">{nameOf(order)}</td>
                  <td className="numeric">
                    <MoneyAmount minor={order.amountMinor} currency={order.currency} />
                  </td>
                  <td>{t(`money.screens.orders.rhythms.${order.rhythm}`)}</td>
                  <td>{order.fundName}</td>
                  <td className={order.lateCount > 0 ? 'order-late' : undefined}>{state(order)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('money.screens.orders.editOne', { name: nameOf(order) })}
                      onClick={() => setEditing(order)}
                    >
                      {t('money.screens.orders.edit')}
                    </button>
                    {(order.untilOn === null || order.untilOn >= today) && (
                      <button
                        type="button"
                        className="button-link"
                        aria-label={t('money.screens.orders.endOne', { name: nameOf(order) })}
                        onClick={() => setEnding(order)}
                      >
                        {t('money.screens.orders.end')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DonorsSection />
      {editing && <StandingOrderDialog order={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {ending && (
        <ConfirmDialog
          title={t('money.screens.orders.endTitle')}
          body={t('money.screens.orders.endBody', { date: formatDate(today, language) })}
          confirmLabel={t('money.screens.orders.end')}
          busyLabel={t('common.saving')}
          busy={end.isPending}
          onCancel={() => setEnding(null)}
          onConfirm={() =>
            end.mutate(
              { id: ending.id, untilOn: today, byMemberId: recordedBy() },
              { onSettled: () => setEnding(null) },
            )
          }
        />
      )}
    </MoneyLayout>
  );
}
