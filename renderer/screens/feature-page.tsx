import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import type { FeaturePageId } from './pages';

/** A section that comes in a later version: says plainly what it will hold. */
export function FeaturePage({ page }: { page: FeaturePageId }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t(`nav.${page}`)}
      </h1>
      <div className="empty-state">
        <p>{t(`pages.${page}`)}</p>
        <p className="muted">{t('pages.comingSoon')}</p>
      </div>
    </section>
  );
}
