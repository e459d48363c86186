import { useEffect, useRef } from 'react';

/**
 * Ctrl/Cmd+L locks, Ctrl/Cmd+Shift+L (the panic lock) too, at once and without a question. A held key repeats its
 * keydown: only the first one counts, and lockVault() merges whatever still overlaps (the native menu, say).
 */
export function useLockShortcuts(onLock: () => void): void {
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      if (!event.repeat) onLockRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
