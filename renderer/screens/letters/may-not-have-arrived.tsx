import { useTranslation } from 'react-i18next';

/** The badge of a letter posted to a prison the person had already left: the sentence behind it is its tip. */
export function MayNotHaveArrived() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-warning" title={t('letters.mayNotHaveArrivedWhy')} data-testid="may-not-have-arrived">
      {t('letters.mayNotHaveArrived')}
    </span>
  );
}
