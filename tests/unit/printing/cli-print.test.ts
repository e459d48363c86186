import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import type { InputOf } from '../../../shared/contract';
import type { Channel } from '../../../shared/channels';
import { useBuiltCli } from '../../support/cli-runner';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { testDialogs } from '../../support/dialogs';
import { tempDir } from '../../support/temp-dir';
import { muret, tegel } from '../registry/registry-data';
import { longAddressInputs } from '../../fixtures/long-addresses';

const run = useBuiltCli();

function parloir(dataDir: string, args: string[]) {
  return run(args, { stdin: `${PASSPHRASE}\n`, env: { PARLOIR_DATA_DIR: dataDir } });
}

/** A locked vault with two facilities, four prisoners and the tag "Procès" on three of them. */
async function vaultWithPrisoners(): Promise<string> {
  const dir = tempDir('parloir-cli-print-');
  const app = createApp({ dataDir: dir, dialogs: testDialogs(), kdf: CHEAP_KDF });
  const call = async <C extends Channel>(channel: C, input: InputOf<C>) => {
    const result = await dispatch(app, channel, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as { id: number; prisoner: { id: number } };
  };
  await call('vault:create', { passphrase: PASSPHRASE });
  const fr = (await call('facilities:create', muret)).id;
  const de = (await call('facilities:create', tegel)).id;
  const tag = (await call('tags:create', { name: 'Procès' })).id;
  const names = ['Dupont', 'Yılmaz', 'Παπαδόπουλος', 'Иванов'];
  for (const [i, familyName] of names.entries()) {
    const created = await call('prisoners:create', {
      prisoner: { familyName, givenNames: 'Ana' },
      stay: { facilityId: i % 2 ? de : fr, prisonerNumber: String(100 + i), from: '2024-01-10', startReason: 'arrest' },
      tagIds: i < 3 ? [tag] : [],
    });
    expect(created.prisoner.id).toBeGreaterThan(0);
  }
  await app.context.vault.lock();
  return dir;
}

const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

/** A locked vault with one prisoner at each of the fixture's longest addresses. */
async function vaultWithLongAddresses(): Promise<{ dir: string; names: string[] }> {
  const dir = tempDir('parloir-cli-long-');
  const app = createApp({ dataDir: dir, dialogs: testDialogs(), kdf: CHEAP_KDF });
  const call = async <C extends Channel>(channel: C, input: InputOf<C>) => {
    const result = await dispatch(app, channel, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as { id: number };
  };
  await call('vault:create', { passphrase: PASSPHRASE });
  const names: string[] = [];
  for (const input of longAddressInputs) {
    const { country, street, extra, poBox, postcode, city, region } = input.address;
    const facilityId = (
      await call('facilities:create', {
        name: input.facilityName,
        kind: 'prison',
        address: { country, street, extra, poBox, postcode, city, region },
      })
    ).id;
    await call('prisoners:create', {
      prisoner: { familyName: input.familyName, givenNames: input.givenNames },
      stay: { facilityId, prisonerNumber: input.prisonerNumber, from: '2024-01-10', startReason: 'arrest' },
      tagIds: [],
    });
    names.push(`${input.givenNames} ${input.familyName}`);
  }
  await app.context.vault.lock();
  return { dir, names };
}

describe('parloir labels and envelopes', () => {
  it('labels: the tagged prisoners from row 7 column 3, two pages, the names read back from the PDF', async () => {
    const dir = await vaultWithPrisoners();
    const out = path.join(tempDir('parloir-cli-out-'), 'etiquettes.pdf');
    const result = await parloir(dir, [
      'labels',
      '--sheet',
      'L7160',
      '--start-row',
      '7',
      '--start-col',
      '3',
      '--tag',
      'Procès',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    // The facilities' mail rules were never filled in: said before printing, as in the window, in one line.
    expect(result.stderr).toContain('2 prisons aux règles du courrier inconnues (--verbose pour la liste)');
    expect(result.stderr).not.toContain('Toulouse-Seysses');
    expect(result.stdout).toContain('3 adresses sur 2 pages');
    expect(pdfinfo(out)).toMatch(/^Pages:\s+2$/m);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('DUPONT Ana');
    expect(text).toContain('Ana Yılmaz');
    // French prisons: the family name in capitals, Greek included.
    expect(text).toContain('ΠΑΠΑΔΟΠΟΥΛΟΣ Ana');
    expect(text).not.toContain('Иванов');
  });

  it('envelopes: one C5 page per prisoner, and an existing file is never replaced', async () => {
    const dir = await vaultWithPrisoners();
    const out = path.join(tempDir('parloir-cli-out-'), 'enveloppes.pdf');
    const result = await parloir(dir, ['envelopes', '--format', 'C5', '--window', 'fr-right', '--out', out]);
    expect(result.code).toBe(0);
    const info = pdfinfo(out);
    expect(info).toMatch(/^Pages:\s+4$/m);
    expect(info).toMatch(/^Page size:\s+649\.1\d* x 459\.2\d* pts/m);

    const before = fs.readFileSync(out);
    const again = await parloir(dir, ['envelopes', '--format', 'C5', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('existe déjà');
    expect(fs.readFileSync(out).equals(before)).toBe(true);
  });

  it('addresses too long for the label: one summary line, the list with --verbose, exit code 3, the rest printed', async () => {
    const { dir, names } = await vaultWithLongAddresses();
    const outDir = tempDir('parloir-cli-out-');
    const summary = await parloir(dir, ['labels', '--sheet', 'avery-5160', '--out', path.join(outDir, 'a.pdf')]);
    expect(summary.code).toBe(3);
    expect(summary.stderr).toContain(
      '3 adresses laissées de côté\u00a0: trop longues pour cette étiquette, leurs étiquettes restent vides (--verbose pour la liste)',
    );
    expect(summary.stderr).toContain('Erreur ADDRESSES_LEFT_OUT');
    expect(summary.stdout).toContain('2 adresses sur 1 page écrites');
    for (const name of names) expect(summary.stderr).not.toContain(name);

    const verbose = await run(['labels', '--sheet', 'avery-5160', '--verbose', '--out', path.join(outDir, 'b.pdf')], {
      stdin: `${PASSPHRASE}\n`,
      env: { PARLOIR_DATA_DIR: dir, PARLOIR_LANG: 'en' },
    });
    expect(verbose.code).toBe(3);
    expect(verbose.stderr).toContain('3 addresses left out: too long for this label, their labels stay blank\n');
    const listed = names.filter((name) => verbose.stderr.includes(`  – ${name}\n`));
    expect(listed).toHaveLength(3);
    // The two left out of the list are printed whole; the three listed are not on the page at all.
    const text = execFileSync('pdftotext', [path.join(outDir, 'b.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const name of names) {
      const family = name.split(' ').at(-1) ?? name;
      expect(text.includes(family)).toBe(!listed.includes(name));
    }

    // The same addresses on L7160 all fit: exit code 0.
    expect((await parloir(dir, ['labels', '--sheet', 'L7160', '--out', path.join(outDir, 'c.pdf')])).code).toBe(0);
  });

  it("envelopes for a writing evening: one per letter, in the order of the evening's rows; never mixed with --tag", async () => {
    const dir = await vaultWithPrisoners();
    const app = createApp({ dataDir: dir, dialogs: testDialogs(), kdf: CHEAP_KDF });
    await app.invoke('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    const people = (await app.invoke('prisoners:list', {})).rows;
    const idOf = (family: string) => people.find((p) => p.familyName === family)?.id ?? 0;
    const evening = await app.invoke('evenings:create', { heldOn: '2026-12-03' });
    const rows = ['Иванов', 'Dupont'].map((family) => ({ prisonerId: idOf(family), pages: 1 }));
    const logged = await app.invoke('evenings:logLetters', { eveningId: evening.id, rows, acceptWarnings: true });
    expect(logged.saved).toBe(true);
    await app.context.vault.lock();

    const outDir = tempDir('parloir-cli-out-');
    const out = path.join(outDir, 'soiree.pdf');
    const result = await parloir(dir, ['envelopes', '--format', 'DL', '--evening', String(evening.id), '--out', out]);
    expect(result.code).toBe(0);
    expect(pdfinfo(out)).toMatch(/^Pages:\s+2$/m);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text, text).toMatch(/Иванов[\s\S]*DUPONT/iu);
    expect(text).not.toMatch(/YILMAZ|Yılmaz/u);

    const other = path.join(outDir, 'x.pdf');
    const both = ['envelopes', '--format', 'DL', '--evening', String(evening.id), '--tag', 'Procès', '--out', other];
    expect((await parloir(dir, both)).code).toBe(2);
    expect((await parloir(dir, ['labels', '--sheet', 'L7160', '--evening', 'trois', '--out', other])).code).toBe(2);
    expect(fs.existsSync(other)).toBe(false);
  });

  it('refuses unknown tags, sheets and flags of the other command, writing nothing', async () => {
    const dir = await vaultWithPrisoners();
    const outDir = tempDir('parloir-cli-out-');
    const out = path.join(outDir, 'x.pdf');
    expect((await parloir(dir, ['labels', '--sheet', 'L7160', '--tag', 'Inconnue', '--out', out])).code).toBe(1);
    expect((await parloir(dir, ['labels', '--sheet', 'nope', '--out', out])).code).toBe(1);
    expect((await parloir(dir, ['labels', '--sheet', 'L7160', '--format', 'DL', '--out', out])).code).toBe(2);
    expect((await parloir(dir, ['envelopes', '--format', 'B4', '--out', out])).code).toBe(2);
    expect((await parloir(dir, ['labels', '--sheet', 'L7160'])).code).toBe(2);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
