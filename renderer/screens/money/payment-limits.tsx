import { useTranslation } from 'react-i18next';
import type { LimitCheck } from '../../../shared/money/payments.schemas';
import { formatMoney } from '../../../shared/parcels/money-text';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

/** Each limit of the facility as this payment meets it: exceeded ones as warnings, with the facility's note. */
export function PaymentLimits({ limits }: { limits: readonly LimitCheck[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (limits.length === 0) return null;
  return (
    <div className="payment-limits" data-testid="payment-limits">
      {limits.map((limit) => {
        const words = {
          period: t(`money.payments.limits.period.${limit.period}`),
          total: formatMoney({ minor: limit.totalMinor, currency: limit.currency }, language),
          limit: formatMoney({ minor: limit.limitMinor, currency: limit.currency }, language),
          from: formatDate(limit.fromOn, language),
          to: formatDate(limit.toOn, language),
        };
        return (
          <div
            key={limit.period}
            className={limit.exceeded ? 'alert alert-warning' : 'alert alert-info'}
            role={limit.exceeded ? 'alert' : undefined}
          >
            <p>{t(limit.exceeded ? 'money.payments.limits.exceeded' : 'money.payments.limits.within', words)}</p>
            {limit.note && <p className="limit-note">{limit.note}</p>}
          </div>
        );
      })}
      <p className="hint">{t('money.payments.limits.unknownOthers')}</p>
    </div>
  );
}
