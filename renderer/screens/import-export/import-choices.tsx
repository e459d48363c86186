import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice } from '../../../shared/import-export/import-export.schemas';

const CHOICES = ['skip', 'update', 'import'] as const satisfies readonly DuplicateChoice[];

/** Rows already in Parloir: nothing is chosen for the user, and the import waits for a choice. */
export function DuplicateChoices({
  count,
  value,
  onChange,
}: {
  count: number;
  value: DuplicateChoice | null;
  onChange: (choice: DuplicateChoice) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('import.duplicatesLegend', { count })}</legend>
      {CHOICES.map((choice) => (
        <label className="radio" key={choice}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {t(`import.duplicates_${choice}`, { count })}
        </label>
      ))}
    </fieldset>
  );
}

/** All or nothing, or the good rows now and the others set aside: both said in full, the first chosen by default. */
export function SetAsideChoice({
  good,
  aside,
  setAside,
  onChange,
}: {
  good: number;
  aside: number;
  setAside: boolean;
  onChange: (setAside: boolean) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('import.modeLegend')}</legend>
      <label className="radio">
        <input type="radio" name={name} checked={!setAside} onChange={() => onChange(false)} />
        {t('import.allOrNothing')}
      </label>
      {good > 0 && (
        <label className="radio">
          <input type="radio" name={name} checked={setAside} onChange={() => onChange(true)} />
          {`${t('import.importGood', { count: good })} ${t('import.setAsideOthers', { count: aside })}`}
        </label>
      )}
    </fieldset>
  );
}
