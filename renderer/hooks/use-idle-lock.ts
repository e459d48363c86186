import { useEffect, useRef } from 'react';
import { IdleTimer } from '../../shared/vault/idle-timer';

const activityEvents = ['keydown', 'pointerdown', 'wheel'] as const;

/** Calls `onIdle` after `minutes` without a key, click or scroll in the window (the main process has its own check). */
export function useIdleLock(minutes: number | undefined, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });
  useEffect(() => {
    if (minutes === undefined) return;
    const timer = new IdleTimer(minutes * 60_000, () => onIdleRef.current());
    const touch = () => timer.touch();
    for (const name of activityEvents) window.addEventListener(name, touch, { capture: true, passive: true });
    timer.start();
    return () => {
      timer.stop();
      for (const name of activityEvents) window.removeEventListener(name, touch, { capture: true });
    };
  }, [minutes]);
}
