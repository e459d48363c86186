import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';

describe('the dashboard settings', () => {
  test('default to 45 days without a letter and a 30-day reply window, are kept in the vault and change the counts', async () => {
    const r = await TestApp.create();
    expect(await r.call('settings:get', {})).toMatchObject({ noLetterDays: 45, replyWindowDays: 30 });
    expect(await r.call('settings:set', { noLetterDays: 60, replyWindowDays: 21 })).toMatchObject({
      noLetterDays: 60,
      replyWindowDays: 21,
    });
    expect(await r.call('dashboard:get', {})).toMatchObject({ noLetterDays: 60, replyWindowDays: 21 });
    const kept = await r.app.context.vault.db
      .selectFrom('settings')
      .selectAll()
      .where('key', 'like', '%Days')
      .execute();
    expect(kept.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'noLetterDays', value: '60' },
      { key: 'replyWindowDays', value: '21' },
    ]);

    await r.lock();
    expect(await r.call('settings:get', {})).toMatchObject({ noLetterDays: null, replyWindowDays: null });
    expect((await r.fail('settings:set', { noLetterDays: 30 })).code).toBe('VAULT_LOCKED');
  });

  test.each([0, 366, 2.5])('refuses %s days', async (days) => {
    const r = await TestApp.create();
    expect((await r.fail('settings:set', { noLetterDays: days })).code).toBe('VALIDATION');
    expect((await r.fail('settings:set', { replyWindowDays: days })).code).toBe('VALIDATION');
  });
});
