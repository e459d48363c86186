import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer, systemIdleExceeded } from '../../../shared/vault/idle-timer';

describe('IdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout without activity', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(60_000, onIdle);
    timer.start();
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again at every touch', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(60_000, onIdle);
    timer.start();
    vi.advanceTimersByTime(50_000);
    timer.touch();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('takes a new timeout into account on a running timer, and waits for start on a stopped one', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(60_000, onIdle);
    timer.setDelay(1_000);
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.start();
    timer.setDelay(120_000);
    vi.advanceTimersByTime(119_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(1_000, onIdle);
    timer.start();
    timer.stop();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('systemIdleExceeded', () => {
  it('compares idle seconds with the auto-lock minutes, inclusive', () => {
    expect(systemIdleExceeded(299, 5)).toBe(false);
    expect(systemIdleExceeded(300, 5)).toBe(true);
    expect(systemIdleExceeded(7200, 120)).toBe(true);
    expect(systemIdleExceeded(0, 1)).toBe(false);
  });
});
