import { useTranslation } from 'react-i18next';
import type { PrintPlan } from '../../../shared/printing/printing.schemas';

/**
 * What to know before printing: each facility's mail rules that apply, the addresses that fit in no way (left blank,
 * never printed cut), a return address that fits in no way (left out, never cut), unprintable names.
 */
export function PrintChecks({ plan, kind }: { plan: PrintPlan; kind: 'labels' | 'envelopes' }) {
  const { t } = useTranslation();
  const clear =
    plan.warnings.length === 0 &&
    plan.overflow.length === 0 &&
    plan.unsupported.length === 0 &&
    !plan.borderless &&
    !plan.senderOverflow;
  const pages = t('print.check.pages', { count: plan.pages });
  return (
    <div className="print-checks" data-testid="print-checks">
      <p className="print-plan" data-testid="print-plan">
        {kind === 'labels'
          ? t('print.check.planLabels', { count: plan.items, pages })
          : t('print.check.planEnvelopes', { count: plan.items, pages })}
      </p>
      {clear && <p className="muted">{t('print.check.allClear')}</p>}
      {plan.warnings.length > 0 && (
        <ul className="alert alert-warning plain-list">
          {plan.warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.facilityId}`}>
              {t(`print.check.warning.${warning.kind}`, {
                facility: warning.facilityName,
                recipients: t('print.check.recipients', { count: warning.recipients }),
              })}
            </li>
          ))}
        </ul>
      )}
      {plan.borderless && <p className="alert alert-warning">{t('print.check.borderless')}</p>}
      {plan.overflow.length > 0 && (
        <div className="alert alert-warning">
          <p>{t(`print.check.overflow.${kind}`, { count: plan.overflow.length })}</p>
          <ul>
            {plan.overflow.map((problem) => (
              <li key={problem.prisonerId}>{problem.name}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.senderOverflow && <p className="alert alert-warning">{t('print.check.senderOverflow')}</p>}
      {plan.unsupported.length > 0 && (
        <div className="alert alert-warning">
          <p>{t('print.check.unsupported')}</p>
          <ul>
            {plan.unsupported.map((problem) => (
              <li key={problem.prisonerId}>
                {t('print.check.unsupportedItem', { name: problem.name, chars: problem.chars.join(' ') })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
