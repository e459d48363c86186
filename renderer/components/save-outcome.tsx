import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client-error';
import { ErrorAlert } from './error-alert';

interface SaveOutcomeProps {
  /** The save's mutation state, as TanStack Query's useMutation gives it. */
  save: { isError: boolean; error: unknown; isSuccess: boolean };
  /** Said before anything is sent when what was typed cannot be saved; already in the user's language. */
  invalid?: string | undefined;
}

/** What came of a settings form's save: the typing refused, the vault's refusal, or "saved". */
export function SaveOutcome({ save, invalid }: SaveOutcomeProps) {
  const { t } = useTranslation();
  return (
    <>
      {invalid && (
        <p role="alert" className="alert alert-error">
          {invalid}
        </p>
      )}
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      {save.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('common.saved')}
        </p>
      )}
    </>
  );
}
