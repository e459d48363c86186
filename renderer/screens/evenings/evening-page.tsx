import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/evenings/evenings.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useEvening, useEveningWrite } from '../../api/evenings.queries';
import { BackButton } from '../../components/back-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { CandidateChooser } from './candidate-chooser';
import { EveningFields } from './evening-fields';
import { EveningGrid } from './evening-grid';
import { EveningLetters } from './evening-letters';
import { newRow } from './grid-rows';
import { useEveningPlan } from './use-evening-plan';

/**
 * One writing evening: who to write to (step 1), the grid of its letters saved at once (step 2), then the letters
 * logged and the way to print their envelopes or labels in the same order (step 3).
 */
export function EveningPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const detail = useEvening(id);
  const update = useEveningWrite('evenings:update');
  const remove = useEveningWrite('evenings:delete');
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { chosen, setChosen, rows, setRows } = useEveningPlan(id);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const back = <BackButton to={{ page: 'evenings' }} label={t('evenings.back')} />;
  const evening = detail.data;
  if (!evening) {
    return (
      <section className="page">
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t('nav.evenings')}
        </h1>
        {detail.isPending ? (
          <p role="status">{t('evenings.loading')}</p>
        ) : (
          <ErrorAlert code={errorCodeOf(detail.error)} />
        )}
      </section>
    );
  }
  const date = formatDate(evening.heldOn, currentLanguage());
  const addChosen = (added: Candidate[]) => {
    const addedRows = added.map((c) => newRow(c.prisonerId));
    setChosen([...chosen, ...added]);
    setRows([...rows, ...addedRows]);
    setFocusRow(addedRows[0]?.key ?? null);
    setSavedCount(null);
  };

  return (
    <section className="page page-wide">
      {back}
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('evenings.title', { date })}
        </h1>
        {evening.place && <span className="muted evening-place">{evening.place}</span>}
      </div>
      <div className="toolbar" role="group">
        <button type="button" className="button-secondary" onClick={() => setEditing(!editing)}>
          {t('evenings.form.edit')}
        </button>
        <button type="button" className="button-danger-quiet" onClick={() => setConfirming(true)}>
          {t('evenings.delete')}
        </button>
      </div>
      {evening.notes && <p className="notes">{evening.notes}</p>}
      {editing && (
        <section className="panel">
          <ErrorAlert code={update.isError ? errorCodeOf(update.error) : null} />
          <EveningFields
            initial={{ heldOn: evening.heldOn, place: evening.place, notes: evening.notes }}
            submitLabel={t('evenings.form.save')}
            busy={update.isPending}
            autoFocus
            onCancel={() => setEditing(false)}
            onSubmit={(next) => update.mutate({ id, evening: next }, { onSuccess: () => setEditing(false) })}
          />
        </section>
      )}
      <CandidateChooser chosenIds={new Set(chosen.map((c) => c.prisonerId))} onAdd={addChosen} />
      <section className="panel evening-step" aria-labelledby="evening-grid-heading">
        <h2 id="evening-grid-heading">{t('evenings.grid.heading')}</h2>
        <p className="muted">{t('evenings.grid.intro')}</p>
        {savedCount !== null && (
          <p className="alert alert-success" role="status">
            {t('evenings.grid.saved', { count: savedCount })}
          </p>
        )}
        <EveningGrid
          eveningId={id}
          chosen={chosen}
          rows={rows}
          onRowsChange={(next) => {
            setRows(next);
            setSavedCount(null);
          }}
          focusRow={focusRow}
          onSaved={(count) => {
            setRows([]);
            setSavedCount(count);
          }}
        />
      </section>
      <section className="panel evening-step" aria-labelledby="evening-logged-heading">
        <h2 id="evening-logged-heading">{t('evenings.logged.heading')}</h2>
        <EveningLetters letters={evening.letterRows} />
        {evening.letters > 0 && (
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => navigate({ page: 'printEvening', eveningId: id })}
            >
              {t('evenings.logged.print')}
            </button>
          </div>
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('evenings.deleteTitle')}
          body={t('evenings.deleteText')}
          confirmLabel={t('evenings.deleteConfirm')}
          busyLabel={t('evenings.saving')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id }, { onSuccess: () => navigate({ page: 'evenings' }) })}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
