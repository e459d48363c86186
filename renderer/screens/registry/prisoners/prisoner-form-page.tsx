import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { prisonerCreateInput, prisonerUpdateInput } from '../../../../shared/registry/prisoners.schemas';
import { stayStartReasons } from '../../../../shared/registry/stays.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { usePrisoner, useRegistryWrite } from '../../../api/registry.queries';
import { BackButton } from '../../../components/back-button';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';
import { FacilityPicker } from '../facilities/facility-picker';
import { CheckField } from '../../../forms/check-field';
import { SelectField } from '../../../forms/select-field';
import { TextField } from '../../../forms/text-field';
import { useFormDraft } from '../../../forms/use-form-draft';
import { zodFormResolver } from '../../../forms/zod-form-resolver';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { useNavigate } from '../../../navigation/navigation-context';
import { ModuleField } from './module-field';
import { PrisonerFields } from './prisoner-fields';
import {
  emptyPrisoner,
  prepareCreate,
  prepareUpdate,
  prisonerDefaults,
  type PrisonerFormOutput,
  type PrisonerFormValues,
} from './prisoner-form-values';

/** New prisoner (Ctrl/Cmd+N from the list), or edit one: the form waits for the stored values before it appears. */
export function PrisonerFormPage({ id }: { id?: number }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const existing = usePrisoner(id);
  const title = id === undefined ? t('prisonerForm.newTitle') : t('prisonerForm.editTitle');
  const ready = id === undefined || existing.data;
  return (
    <section className="page">
      <BackButton
        to={id === undefined ? { page: 'prisoners' } : { page: 'prisoner', id }}
        label={id === undefined ? t('nav.prisoners') : t('prisonerForm.backToPrisoner')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {id !== undefined && existing.isError && <ErrorAlert code={errorCodeOf(existing.error)} />}
      {ready ? (
        <PrisonerForm
          defaults={
            id !== undefined && existing.data
              ? { id, prisoner: prisonerDefaults(existing.data.prisoner) }
              : {
                  prisoner: emptyPrisoner,
                  held: false,
                  stay: { prisonerNumber: '', module: '', startReason: 'arrest' },
                }
          }
        />
      ) : (
        existing.isPending && <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

function PrisonerForm({ defaults }: { defaults: PrisonerFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const creating = defaults.id === undefined;
  const create = useRegistryWrite('prisoners:create');
  const update = useRegistryWrite('prisoners:update');
  const save = creating ? create : update;
  const form = useForm<PrisonerFormValues, unknown, PrisonerFormOutput>({
    resolver: creating
      ? zodFormResolver(prisonerCreateInput, prepareCreate)
      : zodFormResolver(prisonerUpdateInput, prepareUpdate),
    defaultValues: defaults,
  });
  useFormDraft(form, 'prisoner', defaults.id ?? null);
  const held = useWatch({ control: form.control, name: 'held' });
  const submit = form.handleSubmit((values) => {
    const done = {
      onSuccess: (detail: { prisoner: { id: number } }) => navigate({ page: 'prisoner', id: detail.prisoner.id }),
    };
    if ('id' in values) update.mutate(values, done);
    else create.mutate(values, done);
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <PrisonerFields control={form.control} />
      {creating && (
        <fieldset className="form-section">
          <legend>{t('prisonerForm.whereNow')}</legend>
          <CheckField control={form.control} name="held" label={t('prisonerForm.held')} />
          {held && (
            <>
              <FacilityPicker control={form.control} name="stay.facilityId" label={t('prisonerForm.facility')} />
              <div className="field-pair">
                <TextField
                  control={form.control}
                  name="stay.prisonerNumber"
                  label={t('prisonerForm.number')}
                  hint={t('prisonerForm.numberHint')}
                />
                <TextField
                  control={form.control}
                  name="stay.from"
                  type="date"
                  label={t('prisonerForm.since')}
                  required
                />
              </div>
              <ModuleField
                control={form.control}
                setValue={form.setValue}
                facilityName="stay.facilityId"
                name="stay.module"
              />
              <SelectField
                control={form.control}
                name="stay.startReason"
                label={t('stayDialog.startReason')}
                options={stayStartReasons.map((reason) => ({ value: reason, label: t(`stayReason.${reason}`) }))}
              />
            </>
          )}
        </fieldset>
      )}
      {Object.keys(form.formState.errors).length > 0 && (
        <p role="alert" className="alert alert-error">
          {t('form.fixErrors')}
        </p>
      )}
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      <div className="actions">
        <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
          {creating ? t('prisonerForm.create') : t('common.save')}
        </BusyButton>
      </div>
    </form>
  );
}
