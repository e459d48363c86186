import { useEffect, useRef } from 'react';

interface AppShortcuts {
  /** Ctrl/Cmd+N. */
  onNew: () => void;
  /** Ctrl/Cmd+F, or "/" when the user is not typing somewhere. */
  onSearch: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The keys of the unlocked app; none fires while a dialog is open, so a form in a dialog keeps its place. */
export function useAppShortcuts(shortcuts: AppShortcuts): void {
  const ref = useRef(shortcuts);
  useEffect(() => {
    ref.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && key === 'n') {
        event.preventDefault();
        if (!event.repeat) ref.current.onNew();
      } else if ((mod && !event.shiftKey && key === 'f') || (!mod && event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        ref.current.onSearch();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
