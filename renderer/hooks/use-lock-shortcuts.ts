import { useEffect, useRef } from 'react';

/**
 * Ctrl/Cmd+L locks (asking first about a half-filled form), Ctrl/Cmd+Shift+L (the panic lock) at once and without a
 * question. A held key repeats its keydown: only the first one counts, and lockVault() merges whatever still overlaps
 * (the native menu, say).
 */
export function useLockShortcuts(onLock: () => void, onPanicLock: () => void): void {
  const handlers = useRef({ onLock, onPanicLock });
  useEffect(() => {
    handlers.current = { onLock, onPanicLock };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      if (event.repeat) return;
      if (event.shiftKey) handlers.current.onPanicLock();
      else handlers.current.onLock();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
