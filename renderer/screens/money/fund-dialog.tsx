import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Fund } from '../../../shared/money/ledger-outputs.schemas';
import { fundKinds, type FundKind } from '../../../shared/money/money-values';
import { useMoneyWrite } from '../../api/money.queries';
import { FormDialog } from '../../components/form-dialog';
import { PrisonerSearchField } from '../registry/prisoners/prisoner-search-field';
import { MoneyField } from './money-field';
import { readingResolver, type FormReading } from './money-form';
import { recordedBy } from './recorded-by';

interface FundFormValues {
  name: string;
  kind: FundKind;
  prisonerId: number | null;
  reference: string;
}

interface FundFields {
  name: string;
  kind: FundKind;
  prisonerId: number | null;
  reference: string | null;
}

/** A fund needs a name; only a restricted one is for a prisoner. The reference is checked by the vault's schema. */
export function readFund(values: FundFormValues): FormReading<FundFields> {
  const name = values.name.trim();
  if (name === '') return { ok: false, errors: { name: 'accountForm.nameRequired' } };
  return {
    ok: true,
    value: {
      name,
      kind: values.kind,
      prisonerId: values.kind === 'restricted' ? values.prisonerId : null,
      reference: values.reference.trim() === '' ? null : values.reference.trim(),
    },
  };
}

const resolver = readingResolver(readFund);

/** New fund or edit: name, general or restricted (optionally for one prisoner), its payment reference if any. */
export function FundDialog({ fund, onClose }: { fund: Fund | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useMoneyWrite('funds:create');
  const update = useMoneyWrite('funds:update');
  const save = fund ? update : create;
  const form = useForm<FundFormValues, unknown, FundFields>({
    resolver,
    defaultValues: {
      name: fund?.name ?? '',
      kind: fund?.kind ?? 'restricted',
      prisonerId: fund?.prisonerId ?? null,
      reference: fund?.reference?.formatted ?? '',
    },
  });
  const control = form.control;
  const [kind, prisonerId] = useWatch({ control, name: ['kind', 'prisonerId'] });
  const submit = form.handleSubmit((values) => {
    const byMemberId = recordedBy();
    if (fund) update.mutate({ ...values, id: fund.id, byMemberId }, { onSuccess: onClose });
    else create.mutate({ ...values, byMemberId }, { onSuccess: onClose });
  });
  return (
    <FormDialog
      title={fund ? t('money.screens.funds.editTitle') : t('money.screens.funds.newTitle')}
      save={save}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <MoneyField control={control} name="name" label={t('money.screens.funds.name')} required autoFocus />
      <div className="radio-row" role="radiogroup" aria-label={t('money.screens.funds.kind')}>
        {fundKinds.map((value) => (
          <label key={value} className="checkbox checkbox-inline">
            <input type="radio" value={value} {...control.register('kind')} />
            {t(`money.screens.funds.kinds.${value}`)}
          </label>
        ))}
      </div>
      {kind === 'restricted' && (
        <>
          <p className="hint">{t('money.screens.funds.restrictedHint')}</p>
          <PrisonerSearchField
            label={t('money.screens.funds.forPrisoner')}
            prisonerId={prisonerId}
            onChange={(next) => form.setValue('prisonerId', next, { shouldDirty: true })}
          />
        </>
      )}
      <MoneyField
        control={control}
        name="reference"
        label={t('money.screens.funds.reference')}
        hint={t('money.screens.funds.referenceHint')}
      />
    </FormDialog>
  );
}
