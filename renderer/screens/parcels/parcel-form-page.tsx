import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parcelIssueReasons, parcelIssueStatuses, parcelStatuses } from '../../../shared/parcels/parcel-values';
import type { ParcelWarning } from '../../../shared/parcels/parcels.schemas';
import { localToday } from '../../../shared/today';
import { ClientError, errorCodeOf } from '../../api/client-error';
import { useParcel, useParcelWrite } from '../../api/parcels.queries';
import { usePrisoner } from '../../api/registry.queries';
import { BackButton } from '../../components/back-button';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../forms/select-field';
import { useFormDraft } from '../../forms/use-form-draft';
import { TextField } from '../../forms/text-field';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import {
  newParcelValues,
  parcelFormResolver,
  parcelFormValues,
  type ParcelFormOutput,
  type ParcelFormValues,
} from './parcel-form-values';
import { PrisonerPicker } from '../registry/prisoners/prisoner-picker';
import { ParcelItemsFields } from './parcel-items-fields';
import { ParcelWarnings } from './parcel-warnings';

/** A new parcel (from the list, or from a prisoner's page for that person) or an edit of one. */
export function ParcelFormPage({ id, prisonerId }: { id?: number; prisonerId?: number }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const existing = useParcel(id);
  const language = currentLanguage();
  const back =
    id !== undefined
      ? { page: 'parcel' as const, id }
      : prisonerId !== undefined
        ? { page: 'prisoner' as const, id: prisonerId }
        : { page: 'parcels' as const };
  return (
    <section className="page">
      <BackButton to={back} label={t('parcels.form.cancel')} />
      <h1 ref={heading} tabIndex={-1}>
        {id === undefined ? t('parcels.form.newTitle') : t('parcels.form.editTitle')}
      </h1>
      {id === undefined ? (
        <ParcelForm defaults={newParcelValues(prisonerId, localToday())} />
      ) : existing.data ? (
        <ParcelForm id={id} defaults={parcelFormValues(existing.data, language)} />
      ) : existing.isError ? (
        <ErrorAlert code={errorCodeOf(existing.error)} />
      ) : (
        <p role="status">{t('parcels.loading')}</p>
      )}
    </section>
  );
}

const isIssue = (status: string) => (parcelIssueStatuses as readonly string[]).includes(status);

function ParcelForm({ id, defaults }: { id?: number; defaults: ParcelFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const create = useParcelWrite('parcels:create');
  const update = useParcelWrite('parcels:update');
  const save = id === undefined ? create : update;
  const [pending, setPending] = useState<{ values: ParcelFormOutput; warnings: ParcelWarning[] } | null>(null);
  const resolver = useMemo(() => parcelFormResolver(language), [language]);
  const form = useForm<ParcelFormValues, unknown, ParcelFormOutput>({ resolver, defaultValues: defaults });
  useFormDraft(form, 'parcel', id ?? null);
  const control = form.control;
  const [prisonerText, status] = useWatch({ control, name: ['prisonerId', 'status'] });
  const chosen = prisonerText ? Number(prisonerText) : undefined;
  const prisoner = usePrisoner(chosen);
  const stays = prisoner.data?.stays ?? [];

  const send = (values: ParcelFormOutput, acceptWarnings: boolean) => {
    const input = { ...values, acceptWarnings };
    const done = {
      onSuccess: (result: Awaited<ReturnType<typeof create.mutateAsync>>) => {
        if (result.status === 'warnings') setPending({ values, warnings: result.warnings });
        else navigate({ page: 'parcel', id: result.parcel.id });
      },
    };
    setPending(null);
    if (id === undefined) create.mutate(input, done);
    else {
      const { prisonerId: _samePerson, ...fields } = input;
      update.mutate({ id, ...fields }, done);
    }
  };
  const submit = form.handleSubmit((values) => send(values, false));
  const errors = form.formState.errors;
  const stayOfAnother =
    save.error instanceof ClientError && save.error.issues?.some((issue) => issue.path[0] === 'stayId');
  const datesOutOfOrder = errors.sentOn?.type === 'custom' || errors.deliveredOn?.type === 'custom';

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="form-section">
        <legend>{t('parcels.form.prisoner')}</legend>
        <div className="field-pair">
          {id === undefined ? (
            <PrisonerPicker control={control} name="prisonerId" label={t('parcels.form.prisoner')} />
          ) : (
            // A parcel stays with the person it was for.
            <p className="field">
              {prisoner.data &&
                [prisoner.data.prisoner.familyName, prisoner.data.prisoner.givenNames].filter(Boolean).join(' ')}
            </p>
          )}
          <SelectField
            key={stays.length}
            control={control}
            name="stayId"
            label={t('parcels.form.stay')}
            emptyLabel={t('parcels.form.defaultStay')}
            options={stays.map((stay) => ({
              value: String(stay.id),
              label:
                stay.to === null
                  ? t('parcels.form.currentStay', { facility: stay.facilityName })
                  : t('parcels.form.pastStay', { facility: stay.facilityName, from: stay.from, to: stay.to }),
            }))}
          />
        </div>
        {prisoner.data && !prisoner.data.current && <p className="hint">{t('parcels.form.noStay')}</p>}
      </fieldset>
      <ParcelItemsFields control={control} setFocus={form.setFocus} />
      <fieldset className="form-section">
        <legend>{t('parcels.form.status')}</legend>
        <div className="field-pair">
          <TextField
            control={control}
            name="weightGrams"
            type="number"
            label={t('parcels.form.weight')}
            range={{ min: 0, max: 100000 }}
          />
          <div className="field">
            <label htmlFor="parcel-postage">{t('parcels.form.postage')}</label>
            <div className="amount-pair">
              <input
                type="text"
                id="parcel-postage"
                inputMode="decimal"
                aria-invalid={errors.postageText ? true : undefined}
                {...control.register('postageText')}
              />
              <input
                type="text"
                aria-label={t('parcels.form.currency')}
                className="currency-input"
                maxLength={3}
                {...control.register('postageCurrency')}
              />
            </div>
            {errors.postageText && (
              <p className="field-error" role="alert">
                {t('parcels.form.amountInvalid')}
              </p>
            )}
          </div>
        </div>
        <div className="field-pair">
          <TextField control={control} name="carrier" label={t('parcels.form.carrier')} />
          <TextField control={control} name="trackingNumber" label={t('parcels.form.tracking')} />
        </div>
        <div className="field-pair">
          <TextField control={control} name="preparedOn" type="date" label={t('parcels.form.preparedOn')} required />
          <TextField control={control} name="sentOn" type="date" label={t('parcels.form.sentOn')} />
          <TextField control={control} name="deliveredOn" type="date" label={t('parcels.form.deliveredOn')} />
        </div>
        {datesOutOfOrder && (
          <p role="alert" className="alert alert-error">
            {t('parcels.form.dateOrder')}
          </p>
        )}
        <div className="field-pair">
          <SelectField
            control={control}
            name="status"
            label={t('parcels.form.status')}
            options={parcelStatuses.map((s) => ({ value: s, label: t(`parcels.status.${s}`) }))}
          />
          {isIssue(status) && (
            <SelectField
              control={control}
              name="issueReason"
              kind="required"
              label={t('parcels.form.issueReason')}
              emptyLabel="—"
              options={parcelIssueReasons.map((r) => ({ value: r, label: t(`parcels.issueReason.${r}`) }))}
            />
          )}
        </div>
        {isIssue(status) && (
          <>
            <TextField control={control} name="issueNote" label={t('parcels.form.issueNote')} />
            <TextField control={control} name="actionTaken" label={t('parcels.form.actionTaken')} />
          </>
        )}
        <TextField control={control} name="notes" type="textarea" label={t('parcels.form.notes')} />
      </fieldset>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="alert alert-error">
          {t('form.fixErrors')}
        </p>
      )}
      {stayOfAnother ? (
        <p role="alert" className="alert alert-error">
          {t('parcels.form.stayOfAnother')}
        </p>
      ) : (
        <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      )}
      {pending && (
        <ParcelWarnings
          warnings={pending.warnings}
          busy={save.isPending}
          onSaveAnyway={() => send(pending.values, true)}
        />
      )}
      <div className="actions">
        <BusyButton type="submit" busy={save.isPending} busyLabel={t('parcels.form.saving')}>
          {t('parcels.form.save')}
        </BusyButton>
      </div>
    </form>
  );
}
