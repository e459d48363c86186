import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, isChannel, type Channel } from '../../../shared/channels';
import { contract } from '../../../shared/contract';
import { createApp, type ParloirApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { testDialogs } from '../../support/dialogs';
import { hashTree } from '../../support/file-hashes';

/** At least 10^4 malformed inputs across all channels, however many channels there are. */
const RUNS_PER_CHANNEL = Math.max(300, Math.ceil(10_000 / channelNames.length));

/** The field names of every channel's input (zod objects expose their shape), so many inputs are nearly valid. */
const fieldNames = [
  ...new Set(
    channelNames.flatMap((channel) => {
      const input: unknown = contract[channel].input;
      const shape =
        typeof input === 'object' && input !== null && 'shape' in input ? (input as { shape: unknown }).shape : null;
      return shape && typeof shape === 'object' ? Object.keys(shape) : [];
    }),
  ),
];
const nearValues = fc.oneof(
  fc.constantFrom(
    'passphrase',
    'recoveryCode',
    'fr',
    'en',
    'de',
    '',
    ' ',
    PASSPHRASE,
    'x'.repeat(1025),
    'a'.repeat(121),
  ),
  fc.constantFrom(0, 1, 5, 120, 121, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53),
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
);
const nearlyValid = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 12 })), nearValues, {
  maxKeys: 5,
});
const anyInput = fc.oneof(
  { arbitrary: nearlyValid, weight: 3 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
    }),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(undefined, null, '', '{}', [], 0, Symbol('input')), weight: 1 },
);

function malformedFor(channel: Channel): fc.Arbitrary<unknown> {
  return anyInput.filter((input) => !contract[channel].input.safeParse(input).success);
}

let dataDir: string;
let app: ParloirApp;
let outside: string;

beforeAll(async () => {
  // Not tempDir(): that one is cleared after each test, and this vault serves the whole file.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-fuzz-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-fuzz-outside-'));
  const backupFile = path.join(outside, 'never-restored.parloir-backup');
  app = createApp({
    dataDir,
    kdf: CHEAP_KDF,
    dialogs: testDialogs({ chooseBackupFolder: async () => outside, chooseBackupFile: async () => backupFile }),
  });
  const created = await dispatch(app, 'vault:create', { passphrase: PASSPHRASE });
  expect(created.ok).toBe(true);
});

afterAll(async () => {
  await app.context.vault.lock();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('the contract under malformed input', () => {
  it('has a handler for every channel, and no handler without a channel', () => {
    expect(RUNS_PER_CHANNEL * channelNames.length).toBeGreaterThanOrEqual(10_000);
    expect(fieldNames).toEqual(
      expect.arrayContaining(['passphrase', 'secret', 'method', 'groupName', 'autoLockMinutes']),
    );
    for (const name of channelNames) expect(typeof app.handlers[name], name).toBe('function');
    expect(Object.keys(app.handlers).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });

  for (const channel of channelNames) {
    // The vault is unlocked here: a channel that needs it locked is refused for that, before its input is read.
    const expected = contract[channel].needs === 'locked' ? 'VAULT_UNLOCKED' : 'VALIDATION';
    it(`${channel}: ${RUNS_PER_CHANNEL} malformed inputs, each a ${expected} envelope, nothing thrown, nothing written`, async () => {
      const before = hashTree(dataDir);
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(malformedFor(channel), async (input) => {
          const envelope = await dispatch(app, channel, input);
          answered += 1;
          expect(envelope.ok).toBe(false);
          if (envelope.ok) return;
          expect(envelope.error.code).toBe(expected);
          if (expected === 'VALIDATION') expect(envelope.error.issues?.length).toBeGreaterThan(0);
          // Plain data that crosses IPC: no stack, nothing the structured clone would refuse.
          expect(JSON.stringify(envelope)).not.toMatch(/\bat .+:\d+:\d+/);
          expect(structuredClone(envelope)).toEqual(envelope);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
      expect(answered).toBe(RUNS_PER_CHANNEL);
      expect(hashTree(dataDir)).toEqual(before);
      expect(fs.readdirSync(outside)).toEqual([]);
      expect(app.context.vault.isUnlocked).toBe(true);
    });
  }

  it('answers UNKNOWN_CHANNEL to any other channel name, whatever the input', async () => {
    const before = hashTree(dataDir);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom('vault:delete', 'VAULT:STATUS', 'vault:status ', '__proto__', 'constructor', 'toString'),
          fc.anything(),
        ),
        fc.anything(),
        async (channel, input) => {
          fc.pre(!isChannel(channel));
          const envelope = await dispatch(app, channel, input);
          expect(envelope).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' } });
        },
      ),
      { numRuns: 1000 },
    );
    expect(hashTree(dataDir)).toEqual(before);
  });
});
