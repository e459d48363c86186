import { describe, expect, it } from 'vitest';
import { accountInput } from '../../../shared/money/ledger.schemas';
import { bankProblemText } from '../../../shared/money/bank-problem-text';
import { createAccount } from '../../../db/money/accounts.queries';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { codaBytes } from '../../support/coda-builder';
import { ACCOUNT, dayStatement, withLine } from '../../support/coda-day-statement';
import { camtXml, type CamtEntrySpec } from '../../support/camt-builder';
import { MARCH } from './camt-sample';
import { bankVault, checkFile, march053, rowCounts, type BankVault } from './bank-data';
import { NOW } from './ledger-data';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function belgianAccount(v: BankVault) {
  return createAccount(
    v.db,
    accountInput.parse({
      kind: 'bank',
      name: 'Belfius',
      currency: 'EUR',
      iban: ACCOUNT.iban,
      openingMinor: 123_456,
      openingOn: '2026-01-01',
    }),
    NOW,
  );
}

/** Checks the file through the channel, then tries to run it: refused, in words, and nothing written. */
async function expectRefused(v: BankVault, accountId: number, bytes: Uint8Array, code: string) {
  const before = await rowCounts(v.db);
  const checked = await checkFile(v, accountId, bytes, 'hostile.dat');
  expect(checked.refused).toBe(true);
  expect(checked.problems.map((p) => p.code)).toContain(code);
  for (const problem of checked.problems) {
    expect(bankProblemText(problem, 'fr')).not.toBe(problem.code);
    expect(bankProblemText(problem, 'en')).not.toBe(problem.code);
  }
  const error = await v.r.fail('bankImport:run', { token: checked.token, acceptGap: true });
  expect(error.code).toBe('BANK_IMPORT_REFUSED');
  expect(error.issues?.map((issue) => issue.message)).toContain(code);
  expect(await rowCounts(v.db)).toEqual(before);
}

describe('hostile statement files through bankImport', () => {
  it('refuses truncated XML', async () => {
    const v = await bankVault();
    const whole = camtXml({ message: '053', version: '04', statements: [MARCH] });
    await expectRefused(v, v.postfinance, utf8(whole.slice(0, Math.floor(whole.length * 0.6))), 'malformed_xml');
  });

  it('refuses an entity-expansion bomb', async () => {
    const v = await bankVault();
    const lol = ['<!ENTITY lol "lol">'];
    for (let level = 1; level < 10; level++)
      lol.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    const bomb = camtXml({ message: '053', version: '04', statements: [MARCH] })
      .replace('<Document', `<!DOCTYPE Document [${lol.join('')}]>\n<Document`)
      .replace('<Nm>Léa Müller &amp; Fils</Nm>', '<Nm>&lol9;</Nm>');
    await expectRefused(v, v.postfinance, utf8(bomb), 'doctype_refused');
  });

  it('refuses a 50 MB file', async () => {
    const v = await bankVault();
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    big[0] = 0x3c; // "<": read as XML, whose reader stops at its cap
    await expectRefused(v, v.postfinance, big, 'too_large');
  });

  it('refuses an amount with 4 decimals: the cent it means is unknown', async () => {
    const v = await bankVault();
    const entries: CamtEntrySpec[] = [
      { amount: '12.3456', side: 'CRDT', bookingDate: '2026-03-02', acctSvcrRef: 'X-1' },
      ...MARCH.entries,
    ];
    await expectRefused(v, v.postfinance, march053('04', { ...MARCH, entries }), 'amount_too_precise');
  });

  it('refuses a CODA file with a line of 127 characters', async () => {
    const v = await bankVault();
    const account = await belgianAccount(v);
    const lines = withLine(dayStatement(), 4, dayStatement()[3]?.slice(0, 127) ?? '');
    await expectRefused(v, account, codaBytes(lines), 'coda_line_length');
  });

  it('imports the same CODA day, its globalisation one line with three details', async () => {
    const v = await bankVault();
    const account = await belgianAccount(v);
    const checked = await checkFile(v, account, codaBytes(dayStatement()), 'jour.cod');
    expect(checked).toMatchObject({ format: 'coda', entries: 3, new: 3, details: 3, refused: false, gap: false });
    expect(checked.problems).toEqual([]);
    await v.r.call('bankImport:run', { token: checked.token });
    expect(await rowCounts(v.db)).toMatchObject({ imports: 1, lines: 6 });
  });
});

/** A statement of 1,500 one-franc donations: fifteen statements of rows, so a run has turns to be stopped between. */
async function longStatement(v: BankVault) {
  const entries: CamtEntrySpec[] = Array.from({ length: 1_500 }, (_, i) => ({
    amount: '1.00',
    side: 'CRDT',
    bookingDate: '2026-03-02',
    acctSvcrRef: `LONG-${i}`,
  }));
  const spec = { ...MARCH, balances: [{ code: 'OPBD' as const, amount: '0.00', date: '2026-03-01' }], entries };
  const checked = await checkFile(v, v.postfinance, march053('04', spec));
  expect(checked).toMatchObject({ refused: false, gap: false, new: 1_500 });
  return checked.token;
}

/** Turns of the event loop, not time: the run yields one after every hundred rows. */
async function untilRunning(v: BankVault, token: string) {
  while ((await v.r.call('bankImport:progress', { token })).done === 0)
    await new Promise((resolve) => setImmediate(resolve));
}

describe('stopping a run', () => {
  it('a cancel ends the import and writes nothing', async () => {
    const v = await bankVault('keep', 0);
    const token = await longStatement(v);
    const running = v.r.result('bankImport:run', { token });
    await untilRunning(v, token);
    expect(await v.r.call('bankImport:cancel', { token })).toEqual({ cancelled: true });
    const result = await running;
    expect(result.ok ? 'written' : result.error.code).toBe('CANCELLED');
    expect(await rowCounts(v.db)).toMatchObject({ imports: 0, lines: 0 });
    expect(await v.r.call('bankImport:cancel', { token })).toEqual({ cancelled: false });
  });

  it('a lock ends the import and writes nothing', async () => {
    const v = await bankVault('keep', 0);
    const token = await longStatement(v);
    const running = v.r.result('bankImport:run', { token });
    await untilRunning(v, token);
    await v.r.lock();
    const result = await running;
    expect(result.ok ? 'written' : result.error.code).toBe('VAULT_LOCKED');
    await v.r.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(await rowCounts(v.r.app.context.vault.db)).toMatchObject({ imports: 0, lines: 0 });
  });
});
