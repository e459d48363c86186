import { useCallback, useState } from 'react';

export interface RowSelection {
  selected: ReadonlySet<number>;
  /** Ticks or unticks the row at `index` of `ids`; with shift, every row from the last one clicked to it, alike. */
  toggle: (ids: readonly number[], index: number, shift: boolean) => void;
  replace: (ids: readonly number[]) => void;
  clear: () => void;
}

/**
 * Which prisoners are ticked, by id (so sorting or loading more rows keeps them), and the row a shift-click counts
 * from. A shift-click sets the whole range to the state the clicked box takes, as file managers and mail clients do.
 */
export function useRowSelection(): RowSelection {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const toggle = useCallback(
    (ids: readonly number[], index: number, shift: boolean) => {
      const id = ids[index];
      if (id === undefined) return;
      const on = !selected.has(id);
      const from = shift && anchor !== null ? ids.indexOf(anchor) : -1;
      const range = from < 0 ? [id] : ids.slice(Math.min(from, index), Math.max(from, index) + 1);
      const next = new Set(selected);
      for (const each of range) {
        if (on) next.add(each);
        else next.delete(each);
      }
      setSelected(next);
      setAnchor(id);
    },
    [selected, anchor],
  );
  const replace = useCallback((ids: readonly number[]) => {
    setSelected(new Set(ids));
    setAnchor(null);
  }, []);
  const clear = useCallback(() => replace([]), [replace]);
  return { selected, toggle, replace, clear };
}
