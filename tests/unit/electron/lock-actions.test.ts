import { describe, expect, it } from 'vitest';
import { createLockActions } from '../../../electron/main/lock-actions';

function setup(unlocked: boolean) {
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
  });
  return { actions, events };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('lock actions', () => {
  it('locks from the menu without touching the clipboard', async () => {
    const { actions, events } = setup(true);
    actions.lock();
    await settle();
    expect(events).toEqual(['lock:menu', 'reload (vault event)']);
  });

  it('panic-locks at once: clipboard emptied first, then the vault locked, reloaded once', async () => {
    const { actions, events } = setup(true);
    actions.panicLock();
    await settle();
    expect(events).toEqual(['clipboard cleared', 'lock:panic', 'reload (vault event)']);
  });

  it('still reloads on panic when the vault was already locked', async () => {
    const { actions, events } = setup(false);
    actions.panicLock();
    await settle();
    expect(events).toEqual(['clipboard cleared', 'lock:panic', 'reload']);
  });
});
