import { useEffect, useRef } from 'react';
import { WINDOW_LOCK_ANSWER_EVENT, windowLockRequestEvent } from '../../shared/vault/window-lock-requests';

/**
 * Answers the main process before the locks it starts (the native menu, panic, idle, sleep, screen lock; the
 * preload turns each request into a DOM event): `onLock` takes the menu's Lock in hand (it may ask about unsaved
 * changes first), `onKeepDraft` saves the form as a draft; either way the answer tells main it need not wait.
 */
export function useWindowLockRequests(onLock: () => void, onKeepDraft: () => Promise<void>): void {
  const handlers = useRef({ onLock, onKeepDraft });
  useEffect(() => {
    handlers.current = { onLock, onKeepDraft };
  });
  useEffect(() => {
    const answer = () => window.dispatchEvent(new Event(WINDOW_LOCK_ANSWER_EVENT));
    const lock = () => {
      handlers.current.onLock();
      answer();
    };
    const keepDraft = () => void handlers.current.onKeepDraft().finally(answer);
    window.addEventListener(windowLockRequestEvent('lock'), lock);
    window.addEventListener(windowLockRequestEvent('save-draft'), keepDraft);
    return () => {
      window.removeEventListener(windowLockRequestEvent('lock'), lock);
      window.removeEventListener(windowLockRequestEvent('save-draft'), keepDraft);
    };
  }, []);
}
