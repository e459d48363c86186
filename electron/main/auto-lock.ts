import { IdleTimer, systemIdleExceeded } from '../../shared/vault/idle-timer';

/** powerMonitor events after which the laptop may be out of its owner's hands. */
export const LOCKING_POWER_EVENTS = ['suspend', 'lock-screen'] as const;
export type LockingPowerEvent = (typeof LOCKING_POWER_EVENTS)[number];

/** How often main asks the system how long it has been idle: fine enough for minutes, cheap enough to ignore. */
export const IDLE_POLL_MS = 15_000;

export type AutoLockInput = { kind: 'power'; event: string } | { kind: 'idle-poll'; idleSeconds: number };

export interface AutoLockState {
  unlocked: boolean;
  autoLockMinutes: number;
}

/** Whether this event or poll should lock the vault now. A locked vault is never "locked again". */
export function shouldAutoLock(input: AutoLockInput, state: AutoLockState): boolean {
  if (!state.unlocked) return false;
  if (input.kind === 'power') return (LOCKING_POWER_EVENTS as readonly string[]).includes(input.event);
  return systemIdleExceeded(input.idleSeconds, state.autoLockMinutes);
}

export interface AutoLockWiring {
  /** Seconds without keyboard or mouse input anywhere on the system (powerMonitor.getSystemIdleTime). */
  systemIdleSeconds: () => number;
  state: () => AutoLockState;
  lock: (reason: 'idle' | LockingPowerEvent) => void;
  intervalMs?: number;
}

export interface AutoLock {
  /** Feed a powerMonitor event (or a Linux D-Bus lock signal) through the policy. */
  onPowerEvent(event: LockingPowerEvent): void;
  /** The person touched Parloir: a key or click in its window, or a call that only a person makes. */
  onUserActivity(): void;
  /** The auto-lock minutes may have changed. */
  onSettingsChanged(): void;
  stop(): void;
}

/**
 * Two idle measures, either of which locks: the system's idle time, polled on a plain interval, and Parloir's own
 * timer of activity in its window. The second is what holds where the first reads 0 forever (Wayland), and it runs
 * in the main process, where a hung, throttled or hostile page cannot stop it. Plain timers, so tests drive both
 * with fake timers.
 */
export function startAutoLock(wiring: AutoLockWiring): AutoLock {
  const lockIfIdle = (idleSeconds: number) => {
    if (shouldAutoLock({ kind: 'idle-poll', idleSeconds }, wiring.state())) wiring.lock('idle');
  };
  const poll = setInterval(() => lockIfIdle(wiring.systemIdleSeconds()), wiring.intervalMs ?? IDLE_POLL_MS);
  const minutes = () => wiring.state().autoLockMinutes;
  const activity = new IdleTimer(minutes() * 60_000, () => lockIfIdle(minutes() * 60));
  activity.start();
  return {
    onPowerEvent(event) {
      if (shouldAutoLock({ kind: 'power', event }, wiring.state())) wiring.lock(event);
    },
    onUserActivity() {
      activity.touch();
    },
    onSettingsChanged() {
      activity.setDelay(minutes() * 60_000);
    },
    stop() {
      clearInterval(poll);
      activity.stop();
    },
  };
}
