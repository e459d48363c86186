import { useEffect, useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';

interface ListboxProps<T> {
  items: readonly T[];
  keyOf: (item: T) => number | string;
  render: (item: T) => ReactNode;
  label: string;
  active: number;
  onMove: (index: number) => void;
  /** Enter on the active option. */
  onEnter?: (index: number) => void;
  /** Escape: back to where the user came from. */
  onEscape?: () => void;
  listRef?: Ref<HTMLUListElement>;
  className?: string;
}

/**
 * A list the keyboard walks while focus stays on the list itself (aria-activedescendant names the active option):
 * arrows move, Home and End jump, Enter acts, Escape leaves. A treasurer goes through a month of bank lines without
 * the mouse, so each of these keys stops here (no page scroll behind it) and the active option is kept in view.
 */
export function Listbox<T>({
  items,
  keyOf,
  render,
  label,
  active,
  onMove,
  onEnter,
  onEscape,
  listRef,
  className,
}: ListboxProps<T>) {
  const id = useId();
  const optionId = (index: number) => `${id}-option-${index}`;
  const current = Math.min(active, items.length - 1);
  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    const target: Record<string, number> = {
      ArrowDown: Math.min(current + 1, last),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    };
    const to = target[event.key];
    if (to !== undefined && items.length > 0) {
      event.preventDefault();
      onMove(to);
    } else if (event.key === 'Enter' && onEnter && current >= 0) {
      event.preventDefault();
      onEnter(current);
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      onEscape();
    }
  };
  return (
    <ul
      ref={listRef}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={current >= 0 ? optionId(current) : undefined}
      className={['listbox', className].filter(Boolean).join(' ')}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => (
        <li
          key={keyOf(item)}
          id={optionId(index)}
          role="option"
          aria-selected={index === current}
          onClick={() => onMove(index)}
        >
          {render(item)}
        </li>
      ))}
    </ul>
  );
}
