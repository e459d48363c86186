import { afterEach, describe, expect, test, vi } from 'vitest';
import type { HostClipboard } from '../../../electron/services/app-context';
import { TestApp } from '../../support/test-app';

/** A clipboard as the system keeps it: one text, which anyone (the user, another app) may replace. */
function systemClipboard() {
  const state = { text: '', cleared: 0 };
  const clipboard: HostClipboard = {
    readText: async () => state.text,
    writeText: async (text) => {
      state.text = text;
    },
    clear: () => {
      state.text = '';
      state.cleared += 1;
    },
  };
  return { state, clipboard };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('copying an IBAN or a reference', () => {
  test('the clipboard is emptied 30 seconds later if it still holds what was copied', async () => {
    const { state, clipboard } = systemClipboard();
    const r = await TestApp.create({ clipboard });
    vi.useFakeTimers();
    expect(await r.call('clipboard:copy', { text: 'FR7620041010050500013M02606' })).toEqual({
      copied: true,
      clearAfterSeconds: 30,
    });
    expect(state.text).toBe('FR7620041010050500013M02606');
    await vi.advanceTimersByTimeAsync(29_000);
    expect(state.text).toBe('FR7620041010050500013M02606');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state).toEqual({ text: '', cleared: 1 });
  });

  test('what the user copied since is left alone', async () => {
    const { state, clipboard } = systemClipboard();
    const r = await TestApp.create({ clipboard });
    vi.useFakeTimers();
    await r.call('clipboard:copy', { text: '1234567 DUPONT Jean' });
    state.text = 'a recipe the user copied';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(state).toEqual({ text: 'a recipe the user copied', cleared: 0 });
  });

  test('a second copy restarts the wait, for its own text', async () => {
    const { state, clipboard } = systemClipboard();
    const r = await TestApp.create({ clipboard });
    vi.useFakeTimers();
    await r.call('clipboard:copy', { text: 'IBAN' });
    await vi.advanceTimersByTimeAsync(20_000);
    await r.call('clipboard:copy', { text: 'REFERENCE' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(state.text).toBe('REFERENCE');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state).toEqual({ text: '', cleared: 1 });
  });

  test('a host without a clipboard (the command line) says nothing was copied', async () => {
    const r = await TestApp.create();
    expect(await r.call('clipboard:copy', { text: 'IBAN' })).toEqual({ copied: false, clearAfterSeconds: 0 });
  });
});
