import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleWarning } from '../../../shared/letters/letter-rules.schemas';
import { letterChannels, letterDirections, letterIssueReasons } from '../../../shared/letters/letter-values';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import { useSaveLetter } from '../../api/letters.queries';
import { useMembers } from '../../api/registry.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { FieldShell } from '../../forms/field-shell';
import { defaultLetterValues, isIssue, letterInputOf, statusesFor, type LetterFormValues } from './letter-form-values';
import { RuleWarnings } from './rule-warnings';

type Change = ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint}>
      {children(id)}
    </FieldShell>
  );
}

/**
 * Logging a letter from a prisoner's page, keyboard first: everything has a default (sent today by post, by the
 * group), so Enter alone saves. The facility's rules are checked by the vault; their warnings come back here, and
 * "save anyway" takes the focus so a second Enter saves with them.
 */
export function LetterDialog({ prisonerId, name, onClose }: { prisonerId: number; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useMembers();
  const save = useSaveLetter();
  const [values, setValues] = useState<LetterFormValues>(() => defaultLetterValues(localToday()));
  const [warnings, setWarnings] = useState<RuleWarning[] | null>(null);

  const change = (key: keyof LetterFormValues) => (event: Change) => {
    const value = event.target.value;
    setWarnings(null);
    setValues((old) => {
      const next = { ...old, [key]: value } as LetterFormValues;
      // A letter in is received; back out, a received letter becomes a sent one.
      if (key === 'direction') next.status = next.direction === 'in' ? 'received' : 'sent';
      return next;
    });
  };
  const submit = (acceptWarnings: boolean) =>
    save.mutate(
      { id: null, letter: letterInputOf(prisonerId, values), acceptWarnings },
      { onSuccess: (result) => (result.saved ? onClose() : setWarnings(result.warnings)) },
    );
  const number = (key: 'pages' | 'photos' | 'stamps') => (
    <Field label={t(`letters.fields.${key}`)}>
      {(id) => <input id={id} type="number" min={0} max={1000} value={values[key]} onChange={change(key)} />}
    </Field>
  );

  return (
    <ModalDialog title={t('letters.dialogTitle', { name })} onClose={save.isPending ? undefined : onClose}>
      <form
        className="letter-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(warnings !== null);
        }}
      >
        <div className="field-pair">
          <Field label={t('letters.direction.label')}>
            {(id) => (
              <select id={id} value={values.direction} onChange={change('direction')} autoFocus>
                {letterDirections.map((d) => (
                  <option key={d} value={d}>
                    {t(`letters.direction.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.status.label')}>
            {(id) => (
              <select id={id} value={values.status} onChange={change('status')}>
                {statusesFor(values.direction).map((s) => (
                  <option key={s} value={s}>
                    {t(`letters.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.fields.date')}>
            {(id) => <input id={id} type="date" required value={values.date} onChange={change('date')} />}
          </Field>
          <Field label={t('letters.channel.label')}>
            {(id) => (
              <select id={id} value={values.channel} onChange={change('channel')}>
                {letterChannels.map((c) => (
                  <option key={c} value={c}>
                    {t(`letters.channel.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.fields.writer')}>
            {(id) => (
              <select id={id} value={values.writer} onChange={change('writer')}>
                <option value="">{t('letters.fields.group')}</option>
                {(members.data ?? []).map((m) => (
                  <option key={m.id} value={String(m.id)}>
                    {m.pseudonym}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('letters.fields.language')}>
            {(id) => <input id={id} maxLength={3} value={values.language} onChange={change('language')} />}
          </Field>
        </div>
        <div className="field-row">
          {number('pages')}
          {number('photos')}
          {number('stamps')}
        </div>
        {isIssue(values.status) && (
          <div className="field-pair">
            <Field label={t('letters.reason.label')}>
              {(id) => (
                <select id={id} value={values.issueReason} onChange={change('issueReason')}>
                  {letterIssueReasons.map((r) => (
                    <option key={r} value={r}>
                      {t(`letters.reason.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {values.issueReason === 'other' && (
              <Field label={t('letters.fields.issueNote')}>
                {(id) => <input id={id} value={values.issueNote} onChange={change('issueNote')} />}
              </Field>
            )}
            <Field label={t('letters.fields.actionTaken')}>
              {(id) => <input id={id} value={values.actionTaken} onChange={change('actionTaken')} />}
            </Field>
          </div>
        )}
        <Field label={t('letters.fields.summary')} hint={t('letters.fields.summaryWhy')}>
          {(id) => (
            <textarea
              id={id}
              rows={2}
              maxLength={2000}
              value={values.summary}
              aria-describedby={`${id}-hint`}
              onChange={change('summary')}
            />
          )}
        </Field>
        {warnings && <RuleWarnings warnings={warnings} />}
        <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
        <div className="actions">
          <button type="button" className="button-secondary" disabled={save.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          {warnings && warnings.length > 0 ? (
            <button key="anyway" type="submit" className="button-danger" disabled={save.isPending} autoFocus>
              {save.isPending ? t('common.saving') : t('letters.saveAnyway')}
            </button>
          ) : (
            <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
              {t('common.save')}
            </BusyButton>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
