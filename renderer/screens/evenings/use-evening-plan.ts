import { useEffect, useRef, useState } from 'react';
import type { Candidate } from '../../../shared/evenings/evenings.schemas';
import { registerDraftReader, takeRestoredDraft } from '../../forms/form-drafts';
import { freshKey, type GridRow } from './grid-rows';

interface Plan {
  chosen: Candidate[];
  rows: GridRow[];
}

const isPlan = (value: unknown): value is Plan =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Plan).chosen) &&
  Array.isArray((value as Plan).rows);

/** The plan kept at the last lock, its rows given fresh keys (the counter started again with the page). */
function restoredPlan(eveningId: number): Plan | null {
  const kept = takeRestoredDraft('evening', eveningId);
  if (!isPlan(kept)) return null;
  return { chosen: kept.chosen, rows: kept.rows.map((row) => ({ ...row, key: freshKey() })) };
}

/**
 * Who the evening writes to and the rows not saved yet. An evening lasts longer than the idle lock: a lock keeps them
 * as the vault's draft, and the page opens with them again after the unlock.
 */
export function useEveningPlan(eveningId: number) {
  const [restored] = useState(() => restoredPlan(eveningId));
  const [chosen, setChosen] = useState<Candidate[]>(restored?.chosen ?? []);
  const [rows, setRows] = useState<GridRow[]>(restored?.rows ?? []);
  const current = useRef<Plan>({ chosen, rows });
  useEffect(() => {
    current.current = { chosen, rows };
  }, [chosen, rows]);
  useEffect(
    () =>
      registerDraftReader(() => {
        const plan = current.current;
        if (plan.chosen.length === 0 && plan.rows.length === 0) return null;
        return { form: 'evening', recordId: eveningId, values: JSON.stringify(plan) };
      }),
    [eveningId],
  );
  return { chosen, setChosen, rows, setRows };
}
