import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../api/registry.queries';

// Who is at the keyboard, chosen once and kept while the window is open: every money write sends it as byMemberId.
// Not saved anywhere: the next session asks again.
let chosen: number | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordedBy(): number | null {
  return chosen;
}

export function useRecordedBy(): number | null {
  return useSyncExternalStore(subscribe, recordedBy);
}

/** Changes the session's choice; every screen reading useRecordedBy follows it. */
export function chooseRecordedBy(memberId: number | null) {
  chosen = memberId;
  for (const listener of listeners) listener();
}

/** "Recorded by": the member the money writes of this session are put under (or nobody in particular). */
export function RecordedBySelect() {
  const { t } = useTranslation();
  const id = useId();
  const members = useMembers();
  const current = useRecordedBy();
  const active = (members.data ?? []).filter((member) => member.active || member.id === current);
  return (
    <div className="field recorded-by">
      <label htmlFor={id}>{t('money.screens.recordedBy.label')}</label>
      <select
        id={id}
        value={current === null ? '' : String(current)}
        onChange={(event) => chooseRecordedBy(event.target.value === '' ? null : Number(event.target.value))}
        aria-describedby={`${id}-hint`}
      >
        <option value="">{t('money.screens.recordedBy.nobody')}</option>
        {active.map((member) => (
          <option key={member.id} value={member.id}>
            {member.pseudonym}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('money.screens.recordedBy.hint')}
      </p>
    </div>
  );
}
