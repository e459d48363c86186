import { systemIdleExceeded } from '../../shared/idle-timer';

/** powerMonitor events after which the laptop may be out of its owner's hands. */
export const LOCKING_POWER_EVENTS = ['suspend', 'lock-screen'] as const;
export type LockingPowerEvent = (typeof LOCKING_POWER_EVENTS)[number];

/** How often main asks the system how long it has been idle: fine enough for minutes, cheap enough to ignore. */
export const IDLE_POLL_MS = 15_000;

export type AutoLockInput =
  | { kind: 'power'; event: string }
  | { kind: 'idle-poll'; idleSeconds: number };

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
  /** Feed a powerMonitor event through the policy. */
  onPowerEvent(event: LockingPowerEvent): void;
  stop(): void;
}

/** Polls system idle time on a plain interval (so tests drive it with fake timers) and routes power events. */
export function startAutoLock(wiring: AutoLockWiring): AutoLock {
  const poll = setInterval(() => {
    if (shouldAutoLock({ kind: 'idle-poll', idleSeconds: wiring.systemIdleSeconds() }, wiring.state())) wiring.lock('idle');
  }, wiring.intervalMs ?? IDLE_POLL_MS);
  return {
    onPowerEvent(event) {
      if (shouldAutoLock({ kind: 'power', event }, wiring.state())) wiring.lock(event);
    },
    stop() {
      clearInterval(poll);
    },
  };
}
