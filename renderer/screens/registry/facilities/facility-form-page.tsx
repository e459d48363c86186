import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { facilityKinds } from '../../../../shared/registry/facilities.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useFacility, useRegistryWrite } from '../../../api/registry.queries';
import { useSettings } from '../../../api/settings.queries';
import { BackButton } from '../../../components/back-button';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';
import { countryOptions } from '../../../countries';
import { SelectField } from '../../../forms/select-field';
import { TextField } from '../../../forms/text-field';
import { useFormDraft } from '../../../forms/use-form-draft';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';
import {
  facilityDefaults,
  newFacility,
  facilityFormResolver,
  type FacilityFormOutput,
  type FacilityFormValues,
} from './facility-form-values';
import { MailRulesFields } from './mail-rules-fields';

/** New facility (Ctrl/Cmd+N from the list) or edit one, rules included. */
export function FacilityFormPage({ id }: { id?: number }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const existing = useFacility(id);
  const settings = useSettings();
  return (
    <section className="page">
      <BackButton
        to={id === undefined ? { page: 'facilities' } : { page: 'facility', id }}
        label={id === undefined ? t('nav.facilities') : t('facilityForm.backToFacility')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {id === undefined ? t('facilityForm.newTitle') : t('facilityForm.editTitle')}
      </h1>
      {id !== undefined && existing.isError && <ErrorAlert code={errorCodeOf(existing.error)} />}
      {id === undefined ? (
        // A new prison is most often in the group's own country: start there (France when it is not set).
        settings.isPending ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <FacilityForm defaults={newFacility(settings.data?.groupCountry ?? null)} />
        )
      ) : existing.data ? (
        <FacilityForm id={id} defaults={facilityDefaults(existing.data.facility, currentLanguage())} />
      ) : (
        existing.isPending && <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

function FacilityForm({ id, defaults }: { id?: number; defaults: FacilityFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useRegistryWrite('facilities:create');
  const update = useRegistryWrite('facilities:update');
  const save = id === undefined ? create : update;
  const language = currentLanguage();
  const countries = useMemo(() => countryOptions(language), [language]);
  const form = useForm<FacilityFormValues, unknown, FacilityFormOutput>({
    resolver: facilityFormResolver(language),
    defaultValues: defaults,
  });
  useFormDraft(form, 'facility', id ?? null);
  const control = form.control;
  const submit = form.handleSubmit((values) => {
    const done = { onSuccess: (facility: { id: number }) => navigate({ page: 'facility', id: facility.id }) };
    if (id === undefined) create.mutate(values, done);
    else update.mutate({ id, facility: values }, done);
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="form-section">
        <legend>{t('facilityForm.facility')}</legend>
        <div className="field-pair">
          <TextField control={control} name="name" label={t('facilityForm.name')} required />
          <SelectField
            control={control}
            name="kind"
            label={t('facilityForm.kind')}
            options={facilityKinds.map((kind) => ({ value: kind, label: t(`facilityKind.${kind}`) }))}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('facility.address')}</legend>
        <TextField control={control} name="address.street" label={t('address.street')} />
        <TextField control={control} name="address.extra" label={t('address.extra')} />
        <div className="field-pair">
          <TextField control={control} name="address.poBox" label={t('address.poBox')} hint={t('address.poBoxHint')} />
          <TextField
            control={control}
            name="address.poBoxPostcode"
            label={t('address.poBoxPostcode')}
            hint={t('address.poBoxPostcodeHint')}
          />
        </div>
        <div className="field-pair">
          <TextField control={control} name="address.postcode" label={t('address.postcode')} />
          <TextField control={control} name="address.city" label={t('address.city')} required />
        </div>
        <div className="field-pair">
          <TextField control={control} name="address.region" label={t('address.region')} />
          <SelectField
            control={control}
            name="address.country"
            kind="country"
            label={t('address.country')}
            options={countries}
          />
        </div>
        <TextField control={control} name="notes" type="textarea" label={t('facilityForm.notes')} />
      </fieldset>
      <MailRulesFields control={control} />
      {Object.keys(form.formState.errors).length > 0 && (
        <p role="alert" className="alert alert-error">
          {t('form.fixErrors')}
        </p>
      )}
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      <div className="actions">
        <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
          {id === undefined ? t('facilityForm.create') : t('common.save')}
        </BusyButton>
      </div>
    </form>
  );
}
