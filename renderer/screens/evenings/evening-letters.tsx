import { useTranslation } from 'react-i18next';
import type { EveningLetter } from '../../../shared/evenings/evenings.schemas';

/** The letters logged for the evening, in the order they print. */
export function EveningLetters({ letters }: { letters: readonly EveningLetter[] }) {
  const { t } = useTranslation();
  if (letters.length === 0) return <p className="muted">{t('evenings.logged.none')}</p>;
  return (
    <table className="data-table evening-letters" aria-label={t('evenings.logged.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('evenings.grid.columns.prisoner')}</th>
          <th scope="col">{t('evenings.chooser.columns.prison')}</th>
          <th scope="col">{t('evenings.grid.columns.writer')}</th>
          <th scope="col">{t('evenings.grid.columns.pages')}</th>
          <th scope="col">{t('evenings.grid.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {letters.map((letter, index) => (
          <tr key={letter.id}>
            <td>{index + 1}</td>
            <td>{letter.prisonerName}</td>
            <td>{letter.facilityName ?? ''}</td>
            <td>{letter.writerName ?? t('evenings.grid.group')}</td>
            <td>{letter.pages ?? ''}</td>
            <td>{t(`letters.status.${letter.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
