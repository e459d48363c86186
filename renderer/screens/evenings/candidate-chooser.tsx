import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import { candidateWays, type Candidate, type CandidateWay } from '../../../shared/evenings/evenings.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useCandidates } from '../../api/evenings.queries';
import { BIRTHDAY_DAYS } from '../../../shared/dashboard/dashboard.schemas';
import { DEFAULT_NO_LETTER_DAYS } from '../../../shared/settings/settings.schemas';
import { useTags } from '../../api/registry.queries';
import { useSettings } from '../../api/settings.queries';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

/** The call a way of choosing makes with what the user gave; null while something is missing. */
function inputOf(way: CandidateWay, tagId: number | null, days: string, query: string) {
  const n = Number(days);
  const validDays = days.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 365 ? n : null;
  switch (way) {
    case 'tag':
      return tagId === null ? null : ({ by: 'tag', tagId } as const);
    case 'noLetter':
      return validDays === null ? null : ({ by: 'noLetter', days: validDays } as const);
    case 'birthday':
      return validDays === null ? null : ({ by: 'birthday', days: validDays } as const);
    case 'name':
      return query.trim() === '' ? null : ({ by: 'name', query: query.trim().slice(0, 100) } as const);
  }
}

const canWrite = (c: Candidate) => c.facilityName !== null && !c.doNotWrite;

function LastLetter({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const last = candidate.lastLetter;
  if (!last) return <span className="muted">{t('evenings.chooser.noLetterYet')}</span>;
  return (
    <>
      {t('evenings.chooser.lastLetter', {
        date: formatDate(last.datedOn, currentLanguage()),
        direction: t(`letters.directionShort.${last.direction}`),
        status: t(`letters.status.${last.status}`),
      })}
    </>
  );
}

interface CandidateChooserProps {
  /** Prisoners already in the evening: shown, not offered again. */
  chosenIds: ReadonlySet<number>;
  onAdd: (candidates: Candidate[]) => void;
}

/** Step 1: one of four ways of choosing, the people it gives with their last letter, ticked and added. */
export function CandidateChooser({ chosenIds, onAdd }: CandidateChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTags();
  const [way, setWay] = useState<CandidateWay>('tag');
  const [tagId, setTagId] = useState<number | null>(null);
  const settings = useSettings();
  // Until the user types a number: the group's own wait (as on Home), or the birthdays' window.
  const [typedDays, setDays] = useState<string | null>(null);
  const days =
    typedDays ?? String(way === 'noLetter' ? (settings.data?.noLetterDays ?? DEFAULT_NO_LETTER_DAYS) : BIRTHDAY_DAYS);
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const input: InputOf<'evenings:candidates'> | null = inputOf(way, tagId, days, query);
  const candidates = useCandidates(input);
  const rows = input ? (candidates.data?.rows ?? []) : [];
  const offered = rows.filter((c) => canWrite(c) && !chosenIds.has(c.prisonerId));
  const tickedRows = offered.filter((c) => ticked.has(c.prisonerId));
  const allTicked = offered.length > 0 && tickedRows.length === offered.length;
  const toggle = (prisonerId: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(prisonerId);
    else next.delete(prisonerId);
    setTicked(next);
  };

  return (
    <section className="panel evening-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('evenings.chooser.heading')}</h2>
      <p className="muted">{t('evenings.chooser.intro')}</p>
      <div className="segmented" role="group" aria-label={t('evenings.chooser.ways')}>
        {candidateWays.map((w) => (
          <button key={w} type="button" aria-pressed={way === w} onClick={() => setWay(w)}>
            {t(`evenings.chooser.way.${w}`)}
          </button>
        ))}
      </div>
      <div className="input-row chooser-input">
        {way === 'tag' &&
          (tags.data && tags.data.length === 0 ? (
            <p className="hint">{t('evenings.chooser.noTags')}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-tag`}>{t('evenings.chooser.tag')}</label>
              <select
                id={`${id}-tag`}
                value={tagId ?? ''}
                onChange={(event) => setTagId(event.target.value === '' ? null : Number(event.target.value))}
              >
                <option value="">{t('evenings.chooser.tagEmpty')}</option>
                {(tags.data ?? []).map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        {(way === 'noLetter' || way === 'birthday') && (
          <div className="field">
            <label htmlFor={`${id}-days`}>{t('evenings.chooser.days')}</label>
            <input
              id={`${id}-days`}
              className="input-short"
              type="number"
              min={1}
              max={365}
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
          </div>
        )}
        {way === 'name' && (
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('evenings.chooser.name')}</label>
            <input
              id={`${id}-name`}
              type="search"
              maxLength={100}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
        )}
      </div>
      <ErrorAlert code={candidates.isError ? errorCodeOf(candidates.error) : null} />
      {input && candidates.data && rows.length === 0 && <p className="empty-state">{t('evenings.chooser.none')}</p>}
      {rows.length > 0 && (
        <>
          <table className="data-table candidates-table" aria-label={t('evenings.chooser.tableLabel')}>
            <thead>
              <tr>
                <th scope="col" className="cell-check">
                  <input
                    type="checkbox"
                    aria-label={t('evenings.chooser.all')}
                    checked={allTicked}
                    disabled={offered.length === 0}
                    onChange={(event) =>
                      setTicked(event.target.checked ? new Set(offered.map((c) => c.prisonerId)) : new Set())
                    }
                  />
                </th>
                <th scope="col">{t('evenings.chooser.columns.name')}</th>
                <th scope="col">{t('evenings.chooser.columns.prison')}</th>
                <th scope="col">{t('evenings.chooser.columns.last')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const chosen = chosenIds.has(c.prisonerId);
                return (
                  <tr key={c.prisonerId}>
                    <td className="cell-check">
                      <input
                        type="checkbox"
                        aria-label={t('evenings.chooser.pick', { name: c.name })}
                        checked={chosen || ticked.has(c.prisonerId)}
                        disabled={chosen || !canWrite(c)}
                        onChange={(event) => toggle(c.prisonerId, event.target.checked)}
                      />
                    </td>
                    <td>
                      {c.name}
                      {c.doNotWrite && <span className="badge badge-warning">{t('evenings.chooser.doNotWrite')}</span>}
                      {chosen && <span className="muted"> · {t('evenings.chooser.added')}</span>}
                    </td>
                    <td>{c.facilityName ?? <span className="muted">{t('evenings.chooser.noStay')}</span>}</td>
                    <td>
                      <LastLetter candidate={c} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {candidates.data?.truncated && <p className="hint">{t('evenings.chooser.truncated')}</p>}
          {offered.length > 0 && (
            <div className="actions">
              <button
                type="button"
                className="button-primary"
                disabled={tickedRows.length === 0}
                onClick={() => {
                  onAdd(tickedRows);
                  setTicked(new Set());
                }}
              >
                {t('evenings.chooser.add', { count: tickedRows.length })}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
