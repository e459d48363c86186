import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import { useEveningWrite } from '../../api/evenings.queries';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { useNavigate } from '../../navigation/navigation-context';
import { EveningFields } from './evening-fields';

/** A new evening: today by default; once created, its page opens on the chooser. */
export function NewEveningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const create = useEveningWrite('evenings:create');
  return (
    <section className="page">
      <BackButton to={{ page: 'evenings' }} label={t('evenings.back')} />
      <h1 ref={heading} tabIndex={-1}>
        {t('evenings.newTitle')}
      </h1>
      <ErrorAlert code={create.isError ? errorCodeOf(create.error) : null} />
      <EveningFields
        initial={{ heldOn: localToday() }}
        submitLabel={t('evenings.form.create')}
        busy={create.isPending}
        onSubmit={(evening) =>
          create.mutate(evening, { onSuccess: (saved) => navigate({ page: 'evening', id: saved.id }) })
        }
      />
    </section>
  );
}
