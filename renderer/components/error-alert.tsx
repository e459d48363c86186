import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../shared/errors';

/** A failed call, in the user's language (errors.<CODE>); announced by screen readers as it appears. */
export function ErrorAlert({ code }: { code: ErrorCode | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p role="alert" className="alert alert-error">
      {t(`errors.${code}`)}
    </p>
  );
}
