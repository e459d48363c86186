import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/channels';
import { callIsUserActivity, inputIsUserActivity, PASSIVE_CHANNELS } from '../../../electron/main/user-activity';

describe('callIsUserActivity', () => {
  it('counts every channel a person triggers', () => {
    for (const channel of [
      'vault:unlock',
      'prisoners:list',
      'search:query',
      'print:render',
      'import:run',
      'settings:set',
    ]) {
      expect(callIsUserActivity(channel), channel).toBe(true);
    }
  });

  it('does not count progress polling, which runs on a timer while nobody may be there', () => {
    expect([...PASSIVE_CHANNELS]).toEqual(expect.arrayContaining(['import:progress', 'print:progress']));
    for (const channel of PASSIVE_CHANNELS) {
      expect(channel).toMatch(/:progress$/);
      expect(callIsUserActivity(channel), channel).toBe(false);
    }
    expect(channelNames.filter((name) => !PASSIVE_CHANNELS.has(name)).every((name) => callIsUserActivity(name))).toBe(
      true,
    );
  });

  it('does not count names outside the channel table', () => {
    for (const channel of ['vault:explode', '', 42, null, undefined, { toString: () => 'vault:unlock' }]) {
      expect(callIsUserActivity(channel), String(channel)).toBe(false);
    }
  });
});

describe('inputIsUserActivity', () => {
  it('counts keys, clicks, wheels and touches, not pointer motion', () => {
    for (const type of ['keyDown', 'rawKeyDown', 'mouseDown', 'mouseWheel', 'touchStart'])
      expect(inputIsUserActivity(type), type).toBe(true);
    for (const type of ['mouseMove', 'mouseEnter', 'mouseLeave', 'pointerMove', 'keyUp', 'mouseUp', 'undefined']) {
      expect(inputIsUserActivity(type), type).toBe(false);
    }
  });
});
