import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { vaultProblems } from '../../support/vault-invariants';
import { TestApp } from '../../support/test-app';
import { muret } from '../registry/registry-data';

// Found by the contract fuzzing (tests/unit/contract/contract-model.test.ts): calls already under way when the vault
// locks (the idle timer, the lock shortcut, the session locking) answered INTERNAL ("The database connection is not
// open", "driver has already been destroyed"), and the window showed an unexpected error, not the unlock screen.
describe('a lock while calls are under way', () => {
  it('answers VAULT_LOCKED to the calls it interrupts, never INTERNAL, and leaves the vault consistent', async () => {
    const r = await TestApp.create();
    const internal: unknown[] = [];
    const call = (channel: Parameters<typeof dispatch>[1], input: unknown) =>
      dispatch(r.app, channel, input, (_channel, error) => internal.push(error));
    const [locked, ...interrupted] = await Promise.all([
      call('vault:lock', {}),
      call('facilities:create', muret),
      call('tags:create', { name: 'Procès de Tarnac' }),
      call('prisoners:list', {}),
    ]);
    expect(locked).toEqual({ ok: true, value: {} });
    expect(internal).toEqual([]);
    for (const envelope of interrupted) expect(envelope.ok ? 'ok' : envelope.error.code).toBe('VAULT_LOCKED');

    expect((await call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE })).ok).toBe(true);
    expect(await vaultProblems(r.app.context.vault.db)).toEqual([]);
    // Interrupted before their commit: nothing of them was written.
    expect(await r.call('facilities:list', {})).toEqual([]);
    expect(await r.call('tags:list', {})).toEqual([]);
  });

  it('answers VAULT_LOCKED to a read whose query comes after the connection is gone', async () => {
    const r = await TestApp.create();
    const internal: unknown[] = [];
    const call = (channel: Parameters<typeof dispatch>[1], input: unknown) =>
      dispatch(r.app, channel, input, (_channel, error) => internal.push(error));
    // The fuzzing's counterexample as it shrank it: the lock (which also stops the queued unlock) finishes before the
    // list's first query asks for the connection.
    const [list, unlock, lock] = await Promise.all([
      call('prisoners:list', {}),
      call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE }),
      call('vault:lock', {}),
    ]);
    expect(internal).toEqual([]);
    // The unlock is refused by its contract (the vault was still open when it was sent), the list by the lock.
    expect([list.ok || list.error.code, unlock.ok || unlock.error.code, lock.ok]).toEqual([
      'VAULT_LOCKED',
      'VAULT_UNLOCKED',
      true,
    ]);
  });
});
