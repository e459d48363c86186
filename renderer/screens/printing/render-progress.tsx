import { useTranslation } from 'react-i18next';
import { useRenderProgress } from '../../api/printing.queries';

/** A large batch renders in a worker thread; its progress is polled while the render call runs. */
export function RenderProgress({ token }: { token: string }) {
  const { t } = useTranslation();
  const progress = useRenderProgress(token);
  const done = progress.data?.done ?? 0;
  const total = progress.data?.total ?? 0;
  return (
    <div className="render-progress">
      <progress aria-label={t('print.preview.progress')} max={total || undefined} value={total ? done : undefined} />
      {total > 0 && <span className="muted">{t('print.preview.progressValue', { done, total })}</span>}
    </div>
  );
}
