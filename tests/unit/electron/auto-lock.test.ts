import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IDLE_POLL_MS,
  LOCKING_POWER_EVENTS,
  shouldAutoLock,
  startAutoLock,
  type AutoLock,
} from '../../../electron/main/auto-lock';

const unlocked = { unlocked: true, autoLockMinutes: 5 };
const locked = { unlocked: false, autoLockMinutes: 5 };

describe('shouldAutoLock', () => {
  it('locks on suspend and on screen lock', () => {
    expect(LOCKING_POWER_EVENTS).toEqual(['suspend', 'lock-screen']);
    expect(shouldAutoLock({ kind: 'power', event: 'suspend' }, unlocked)).toBe(true);
    expect(shouldAutoLock({ kind: 'power', event: 'lock-screen' }, unlocked)).toBe(true);
  });

  it('ignores power events that do not take the machine away', () => {
    for (const event of ['resume', 'unlock-screen', 'on-ac', 'on-battery']) {
      expect(shouldAutoLock({ kind: 'power', event }, unlocked), event).toBe(false);
    }
  });

  it('locks once the system has been idle for the whole auto-lock period', () => {
    expect(shouldAutoLock({ kind: 'idle-poll', idleSeconds: 299 }, unlocked)).toBe(false);
    expect(shouldAutoLock({ kind: 'idle-poll', idleSeconds: 300 }, unlocked)).toBe(true);
    expect(shouldAutoLock({ kind: 'idle-poll', idleSeconds: 59 }, { unlocked: true, autoLockMinutes: 1 })).toBe(false);
    expect(shouldAutoLock({ kind: 'idle-poll', idleSeconds: 60 }, { unlocked: true, autoLockMinutes: 1 })).toBe(true);
  });

  it('never locks a vault that is already locked', () => {
    expect(shouldAutoLock({ kind: 'power', event: 'suspend' }, locked)).toBe(false);
    expect(shouldAutoLock({ kind: 'idle-poll', idleSeconds: 100_000 }, locked)).toBe(false);
  });
});

describe('startAutoLock', () => {
  let autoLock: AutoLock | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    autoLock?.stop();
    vi.useRealTimers();
  });

  function wire(initial: { idleSeconds: number; unlocked: boolean; autoLockMinutes: number }) {
    const world = { ...initial };
    const locks: string[] = [];
    autoLock = startAutoLock({
      systemIdleSeconds: () => world.idleSeconds,
      state: () => ({ unlocked: world.unlocked, autoLockMinutes: world.autoLockMinutes }),
      lock: (reason) => {
        locks.push(reason);
        world.unlocked = false;
      },
    });
    return { world, locks, autoLock };
  }

  it('polls system idle time every 15 seconds and locks when it passes the setting', () => {
    expect(IDLE_POLL_MS).toBe(15_000);
    const { world, locks } = wire({ idleSeconds: 0, unlocked: true, autoLockMinutes: 5 });
    world.idleSeconds = 299;
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual([]);
    world.idleSeconds = 300;
    vi.advanceTimersByTime(IDLE_POLL_MS - 1);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(locks).toEqual(['idle']);
  });

  it('locks once, not at every poll while the machine stays idle', () => {
    const { locks } = wire({ idleSeconds: 10_000, unlocked: true, autoLockMinutes: 5 });
    vi.advanceTimersByTime(IDLE_POLL_MS * 10);
    expect(locks).toEqual(['idle']);
  });

  it('follows a changed auto-lock setting at the next poll', () => {
    const { world, locks } = wire({ idleSeconds: 120, unlocked: true, autoLockMinutes: 5 });
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual([]);
    world.autoLockMinutes = 2;
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual(['idle']);
  });

  it('routes suspend and screen lock to an immediate lock', () => {
    const { world, locks, autoLock: running } = wire({ idleSeconds: 0, unlocked: true, autoLockMinutes: 5 });
    running.onPowerEvent('lock-screen');
    expect(locks).toEqual(['lock-screen']);
    world.unlocked = true;
    running.onPowerEvent('suspend');
    expect(locks).toEqual(['lock-screen', 'suspend']);
  });

  it('stops polling when stopped', () => {
    const { locks, autoLock: running } = wire({ idleSeconds: 10_000, unlocked: true, autoLockMinutes: 5 });
    running.stop();
    vi.advanceTimersByTime(IDLE_POLL_MS * 4);
    expect(locks).toEqual([]);
  });
});

describe("startAutoLock's own activity timer", () => {
  let autoLock: AutoLock | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    autoLock?.stop();
    vi.useRealTimers();
  });

  /** A Wayland desktop: the system's idle time reads 0 however long the laptop is left alone. */
  function wayland(autoLockMinutes: number) {
    const world = { unlocked: true, autoLockMinutes };
    const locks: string[] = [];
    autoLock = startAutoLock({
      systemIdleSeconds: () => 0,
      state: () => ({ ...world }),
      lock: (reason) => {
        locks.push(reason);
        world.unlocked = false;
      },
    });
    return { world, locks, autoLock };
  }

  it('locks after the auto-lock minutes without activity even when system idle time reads 0', () => {
    const { locks } = wayland(5);
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(locks).toEqual(['idle']);
  });

  it('starts counting again at each activity', () => {
    const { locks, autoLock: running } = wayland(5);
    vi.advanceTimersByTime(4 * 60_000);
    running.onUserActivity();
    vi.advanceTimersByTime(4 * 60_000);
    running.onUserActivity();
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(locks).toEqual(['idle']);
  });

  it('takes a changed auto-lock setting from the next count', () => {
    const { world, locks, autoLock: running } = wayland(5);
    world.autoLockMinutes = 1;
    running.onSettingsChanged();
    vi.advanceTimersByTime(60_000);
    expect(locks).toEqual(['idle']);
  });

  it('never locks a vault that is already locked, and counts again from the next activity (an unlock)', () => {
    const { world, locks, autoLock: running } = wayland(1);
    world.unlocked = false;
    vi.advanceTimersByTime(10 * 60_000);
    expect(locks).toEqual([]);
    world.unlocked = true;
    running.onUserActivity();
    vi.advanceTimersByTime(60_000);
    expect(locks).toEqual(['idle']);
  });

  it('stops counting when stopped', () => {
    const { locks, autoLock: running } = wayland(1);
    running.stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(locks).toEqual([]);
  });
});
