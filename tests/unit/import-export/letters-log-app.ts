import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { OutputOf } from '../../../shared/contract';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';
import { lettersSetup } from '../letters/letters-data';

export type Checked = Extract<OutputOf<'lettersImport:check'>, { status: 'checked' }>;

/** Every app a test made, locked after it: a lock ends the import workers its checks left open. */
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.lock();
});

/** A vault with two prisoners (Martin Alice 4711 at Seysses, Durand Bob 12 at Haren) and the member Camille. */
export async function logApp() {
  const r = await TestApp.create();
  apps.push(r);
  const ids = await lettersSetup(r);
  const camille = await r.call('members:create', { pseudonym: 'Camille' });
  return { r, ...ids, camille: camille.id, dir: tempDir() };
}

export function writeLog(dir: string, name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The log `file` chosen in the import dialog and checked; the check of a chosen file. */
export async function check(r: TestApp, file: string): Promise<Checked> {
  r.answers.chooseImportFile = async () => file;
  const checked = await r.call('lettersImport:check', {});
  if (checked.status !== 'checked') throw new Error('the import dialog was cancelled');
  return checked;
}

export async function letterCount(r: TestApp): Promise<number> {
  return (await r.call('letters:list', {})).total;
}
