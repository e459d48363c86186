import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLockActions } from '../../../electron/main/lock-actions';
import { createWindowLockRequests } from '../../../electron/main/window-lock-requests';
import type { WindowLockRequest } from '../../../shared/vault/window-lock-requests';

type WindowBehaviour = 'answers' | 'hangs' | 'absent';

function setup(unlocked: boolean, window: WindowBehaviour = 'answers') {
  const events: string[] = [];
  const state = { unlocked };
  const actions = createLockActions({
    isUnlocked: () => state.unlocked,
    lock: async (reason) => {
      events.push(`lock:${reason}`);
      // The vault emits 'locked' (and main reloads) only when it actually closes.
      if (state.unlocked) events.push('reload (vault event)');
      state.unlocked = false;
    },
    clearClipboard: () => events.push('clipboard cleared'),
    reloadWindow: () => events.push('reload'),
    askWindow: (request: WindowLockRequest) => {
      if (window === 'absent') return Promise.resolve(false);
      events.push(`ask:${request}`);
      if (window === 'hangs') return new Promise<boolean>(() => undefined);
      events.push(`window did ${request}`);
      return Promise.resolve(true);
    },
    answerMs: 1_000,
  });
  return { actions, events };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('lock actions', () => {
  it("leaves the menu's Lock to the window, which asks about unsaved changes and locks itself", async () => {
    const { actions, events } = setup(true);
    actions.lock();
    await settle();
    expect(events).toEqual(['ask:lock', 'window did lock']);
  });

  it('locks from the menu itself when there is no window, without touching the clipboard', async () => {
    const { actions, events } = setup(true, 'absent');
    actions.lock();
    await settle();
    expect(events).toEqual(['lock:menu', 'reload (vault event)']);
  });

  it('panic-locks: clipboard emptied first, the draft saved by the window, then the vault locked, reloaded once', async () => {
    const { actions, events } = setup(true);
    actions.panicLock();
    await settle();
    expect(events).toEqual([
      'clipboard cleared',
      'ask:save-draft',
      'window did save-draft',
      'lock:panic',
      'reload (vault event)',
    ]);
  });

  it('still reloads on panic when the vault was already locked, and asks the window nothing', async () => {
    const { actions, events } = setup(false);
    actions.panicLock();
    await settle();
    expect(events).toEqual(['clipboard cleared', 'lock:panic', 'reload']);
  });

  it('idle and power locks have the window save its draft, then lock', async () => {
    const { actions, events } = setup(true);
    await actions.lockSavingDraft('suspend');
    expect(events).toEqual(['ask:save-draft', 'window did save-draft', 'lock:suspend', 'reload (vault event)']);
  });

  it.each([
    ['the menu', (a: ReturnType<typeof setup>['actions']) => a.lock(), 'lock:menu'],
    ['panic', (a: ReturnType<typeof setup>['actions']) => a.panicLock(), 'lock:panic'],
    ['idle', (a: ReturnType<typeof setup>['actions']) => void a.lockSavingDraft('idle'), 'lock:idle'],
  ])('a window that never answers delays the lock from %s by the answer time, not more', async (_name, run, lock) => {
    vi.useFakeTimers();
    const { actions, events } = setup(true, 'hangs');
    run(actions);
    await vi.advanceTimersByTimeAsync(999);
    expect(events).not.toContain(lock);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toContain(lock);
    expect(events.at(-1)).toBe('reload (vault event)');
  });
});

describe('window lock requests', () => {
  it('a request resolves true when the window answers, false at once when there is no window', async () => {
    const sent: WindowLockRequest[] = [];
    let windowOpen = true;
    const requests = createWindowLockRequests((request) => {
      if (windowOpen) sent.push(request);
      return windowOpen;
    });
    const first = requests.ask('save-draft');
    const second = requests.ask('lock');
    let settled = false;
    void first.then(() => (settled = true));
    await settle();
    expect(settled).toBe(false);
    requests.answered();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(sent).toEqual(['save-draft', 'lock']);
    windowOpen = false;
    expect(await requests.ask('lock')).toBe(false);
  });
});
