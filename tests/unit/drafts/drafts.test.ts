import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../support/file-hashes';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { TestApp } from '../../support/test-app';

const values = (familyName: string) => JSON.stringify({ prisoner: { familyName, languages: ['tr'] }, held: false });

describe('drafts', () => {
  it('a draft saved before a lock is there after the next unlock, until it is cleared', async () => {
    const app = await TestApp.create();
    expect((await app.call('drafts:get', {})).draft).toBeNull();
    await app.call('drafts:save', { form: 'prisoner', recordId: null, values: values('Yıldız') });
    await app.lock();
    await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    const { draft } = await app.call('drafts:get', {});
    expect(draft).toMatchObject({ form: 'prisoner', recordId: null, values: values('Yıldız') });
    expect(Date.parse(draft?.savedAt ?? '')).not.toBeNaN();

    // One form at a time: a second draft replaces the first.
    await app.call('drafts:save', { form: 'stay', recordId: 7, values: '{"stay":{"from":"2024-01-02"}}' });
    expect((await app.call('drafts:get', {})).draft).toMatchObject({ form: 'stay', recordId: 7 });
    await app.call('drafts:clear', {});
    expect((await app.call('drafts:get', {})).draft).toBeNull();
  });

  it('is kept inside the vault: refused while locked, and nowhere in plaintext on disk', async () => {
    const app = await TestApp.create();
    const canary = `Brouillon ${crypto.randomBytes(12).toString('hex')}`;
    await app.call('drafts:save', { form: 'facility', recordId: null, values: JSON.stringify({ name: canary }) });
    await app.lock();
    expect((await app.fail('drafts:save', { form: 'facility', recordId: null, values: '{}' })).code).toBe(
      'VAULT_LOCKED',
    );
    expect((await app.fail('drafts:get', {})).code).toBe('VAULT_LOCKED');
    const files = listFiles(app.dataDir);
    expect(files.some((file) => file.endsWith('vault.db'))).toBe(true);
    for (const file of files) expect(fs.readFileSync(file).includes(Buffer.from(canary)), file).toBe(false);
  });

  it('refuses values that are not a JSON object', async () => {
    const app = await TestApp.create();
    for (const bad of ['not json', '[1,2]', 'null', '"text"']) {
      expect((await app.fail('drafts:save', { form: 'prisoner', recordId: null, values: bad })).code).toBe(
        'VALIDATION',
      );
    }
    expect((await app.call('drafts:get', {})).draft).toBeNull();
  });
});
