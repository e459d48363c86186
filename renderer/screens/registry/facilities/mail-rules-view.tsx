import { friendlyFormatIBAN } from 'ibantools';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/parcels/money-text';
import type { MailRules } from '../../../../shared/registry/mail-rules.schemas';
import { languageName } from '../../../countries';
import { currentLanguage } from '../../../i18n';

/** The facility's rules in plain words; "not known" is said as such, so nobody mistakes it for "allowed". */
export function MailRulesView({ rules }: { rules: MailRules }) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const yesNo = (value: boolean | null) =>
    value === null ? t('rules.unknown') : value ? t('rules.allowed') : t('rules.forbidden');
  const withLimit = (allowed: boolean | null, limit: string | null) =>
    allowed && limit ? `${yesNo(allowed)} (${limit})` : yesNo(allowed);
  const money = rules.money;

  const rows: [string, string][] = [
    [
      t('rules.letters'),
      withLimit(rules.lettersAllowed, rules.maxPages === null ? null : t('rules.maxPages', { count: rules.maxPages })),
    ],
    [
      t('rules.photos'),
      withLimit(
        rules.photosAllowed,
        rules.maxPhotos === null ? null : t('rules.maxPhotos', { count: rules.maxPhotos }),
      ),
    ],
    [t('rules.stamps'), yesNo(rules.stampsAllowed)],
    [
      t('rules.parcels'),
      withLimit(
        rules.parcelsAllowed,
        rules.parcelMaxGrams === null ? null : t('rules.maxGrams', { grams: rules.parcelMaxGrams }),
      ),
    ],
    [
      t('rules.senderAddress'),
      rules.senderAddressRequired === null
        ? t('rules.unknown')
        : rules.senderAddressRequired
          ? t('rules.required')
          : t('rules.notRequired'),
    ],
  ];
  if (rules.parcelContents.length > 0)
    rows.push([t('rules.parcelContents'), rules.parcelContents.map((c) => t(`parcelContent.${c}`)).join(', ')]);
  if (rules.languages.length > 0)
    rows.push([t('rules.languages'), rules.languages.map((code) => languageName(code, language)).join(', ')]);

  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('rules.heading')}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('rules.money')}</h3>
      {money.method === 'bank_transfer' ? (
        <dl className="facts" data-testid="money-rules">
          <div className="fact">
            <dt>{t('rules.method')}</dt>
            <dd>{t('moneyMethod.bank_transfer')}</dd>
          </div>
          <div className="fact">
            <dt>{t('rules.iban')}</dt>
            <dd className="monospace">{friendlyFormatIBAN(money.iban) ?? money.iban}</dd>
          </div>
          {money.accountHolder && (
            <div className="fact">
              <dt>{t('rules.accountHolder')}</dt>
              <dd>{money.accountHolder}</dd>
            </div>
          )}
          {money.referencePattern && (
            <div className="fact">
              <dt>{t('rules.reference')}</dt>
              <dd>
                <span className="monospace">{money.referencePattern}</span>
                {money.referenceMaxLength !== null &&
                  ` ${t('rules.referenceMax', { count: money.referenceMaxLength })}`}
              </dd>
            </div>
          )}
          <div className="fact">
            <dt>{t('money.payments.view.currency')}</dt>
            <dd>{money.currency}</dd>
          </div>
          {money.limits.map((limit) => (
            <div key={limit.period} className="fact" data-testid={`money-limit-${limit.period}`}>
              <dt>{t(`money.payments.view.limit.${limit.period}`)}</dt>
              <dd>
                {formatMoney({ minor: limit.amountMinor, currency: limit.currency }, language)}
                {limit.note && ` — ${limit.note}`}
              </dd>
            </div>
          ))}
        </dl>
      ) : money.method === 'other' ? (
        <p className="notes">{money.instructions ?? t('moneyMethod.other')}</p>
      ) : (
        <p className="muted">{t('rules.moneyUnknown')}</p>
      )}
      {rules.restrictions && (
        <>
          <h3>{t('rules.restrictions')}</h3>
          <p className="notes">{rules.restrictions}</p>
        </>
      )}
    </section>
  );
}
