import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerWithin } from '../../../shared/answer-within';

afterEach(() => {
  vi.useRealTimers();
});

describe('answerWithin', () => {
  it('gives the value when the promise settles in time, the fallback when it rejects or hangs', async () => {
    vi.useFakeTimers();
    expect(await answerWithin(Promise.resolve('saved'), 1_000, 'late')).toBe('saved');
    expect(await answerWithin(Promise.reject(new Error('locked')), 1_000, 'late')).toBe('late');
    let result: string | undefined;
    void answerWithin(new Promise<string>(() => undefined), 1_000, 'late').then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBe('late');
    // A settled race leaves no timer behind.
    expect(vi.getTimerCount()).toBe(0);
  });
});
