import { useTranslation } from 'react-i18next';

/**
 * The badge of a letter posted to a prison the person had already left: the sentence behind it is its tip. Compact in
 * a table row (a sign, its words for screen readers), where the status column has no room for them.
 */
export function MayNotHaveArrived({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-warning" title={t('letters.mayNotHaveArrivedWhy')} data-testid="may-not-have-arrived">
      {compact ? (
        <>
          <span aria-hidden="true">⚠</span>
          <span className="visually-hidden">{t('letters.mayNotHaveArrived')}</span>
        </>
      ) : (
        t('letters.mayNotHaveArrived')
      )}
    </span>
  );
}
