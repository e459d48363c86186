import { describe, expect, it } from 'vitest';
import {
  CODE_LICENSES,
  DATA_LICENSES,
  declaredLicense,
  licenseProblem,
  parseExpression,
} from '../../../scripts/licenses/spdx.mjs';

const dataOrCode = new Set([...CODE_LICENSES, ...DATA_LICENSES]);

describe('licence expressions for code shipped in an AGPL-3.0-or-later app', () => {
  it.each([
    'MIT',
    'ISC',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'Apache-2.0',
    '0BSD',
    'Zlib',
    'CC0-1.0',
    'Unlicense',
    'Python-2.0',
    'BlueOak-1.0.0',
    'MPL-2.0',
    'LGPL-3.0-or-later',
    'GPL-3.0-only',
    'AGPL-3.0-or-later',
    'GPL-2.0-or-later',
    // Deprecated spellings npm packages still carry.
    'GPL-2.0+',
    'GPL-3.0',
    'LGPL-2.1',
    // Case does not matter in SPDX ids, nor in operators.
    'mit',
    'MIT or MPL-2.0',
    '(MIT OR Apache-2.0)',
    '(MIT OR GPL-2.0-only)',
    'MIT AND Apache-2.0',
    '(MIT AND BSD-3-Clause) OR SSPL-1.0',
    'GPL-2.0-or-later WITH Classpath-exception-2.0',
    'Apache-2.0+',
  ])('allows %s', (expression) => {
    expect(licenseProblem(expression, CODE_LICENSES)).toBeNull();
  });

  it.each([
    ['GPL-2.0-only', 'GPL-2.0-only is not on the allow-list'],
    ['GPL-2.0', 'GPL-2.0 is not on the allow-list'],
    ['SSPL-1.0', 'SSPL-1.0 is not on the allow-list'],
    ['BUSL-1.1', 'BUSL-1.1 is not on the allow-list'],
    ['CC-BY-NC-4.0', 'CC-BY-NC-4.0 is not on the allow-list'],
    ['UNLICENSED', 'UNLICENSED (npm: no licence granted)'],
    ['LicenseRef-Proprietary', 'LicenseRef-Proprietary is not on the allow-list'],
    ['MIT AND GPL-2.0-only', 'GPL-2.0-only is not on the allow-list'],
    ['(SSPL-1.0 OR GPL-2.0-only)', 'SSPL-1.0 is not on the allow-list; GPL-2.0-only is not on the allow-list'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-only is not on the allow-list'],
    // Fonts' licence is for data, not for code linked into the app.
    ['OFL-1.1', 'OFL-1.1 is not on the allow-list'],
  ])('refuses %s', (expression, problem) => {
    expect(licenseProblem(expression, CODE_LICENSES)).toBe(problem);
  });

  it('refuses a package that declares nothing, or only points to a file', () => {
    expect(licenseProblem(null, CODE_LICENSES)).toBe('no licence declared');
    expect(licenseProblem('  ', CODE_LICENSES)).toBe('no licence declared');
    expect(licenseProblem('SEE LICENSE IN LICENSE.txt', CODE_LICENSES)).toMatch(/names a file, not a licence/);
  });

  it.each(['MIT OR', '(MIT', 'MIT Apache-2.0', 'AND MIT', 'MIT/X11 OR', 'Apache 2.0'])(
    'refuses the malformed expression %j',
    (expression) => {
      expect(licenseProblem(expression, CODE_LICENSES)).toMatch(/is not an SPDX expression/);
    },
  );

  it('binds WITH tighter than AND, and AND tighter than OR', () => {
    expect(parseExpression('A OR B AND C WITH E')).toEqual({
      op: 'OR',
      left: { id: 'A', plus: false, exception: null },
      right: {
        op: 'AND',
        left: { id: 'B', plus: false, exception: null },
        right: { id: 'C', plus: false, exception: 'E' },
      },
    });
  });
});

describe('licence expressions for shipped data', () => {
  it('allows the fonts and word lists licences for data only', () => {
    for (const expression of ['MIT AND OFL-1.1', 'OFL-1.1', 'CC-BY-3.0-US', 'CC0-1.0'])
      expect(licenseProblem(expression, dataOrCode)).toBeNull();
    expect(licenseProblem('MIT AND OFL-1.1', CODE_LICENSES)).toBe('OFL-1.1 is not on the allow-list');
    expect(licenseProblem('CC-BY-3.0-US', CODE_LICENSES)).toBe('CC-BY-3.0-US is not on the allow-list');
  });

  it('still refuses non-free data licences', () => {
    expect(licenseProblem('CC-BY-NC-SA-4.0', dataOrCode)).toBe('CC-BY-NC-SA-4.0 is not on the allow-list');
    expect(licenseProblem('CC-BY-ND-4.0', dataOrCode)).toBe('CC-BY-ND-4.0 is not on the allow-list');
  });
});

describe('the licence a package.json declares', () => {
  it('reads the license field, and the legacy object and list forms as a choice', () => {
    expect(declaredLicense({ license: '(MIT OR Apache-2.0)' })).toBe('(MIT OR Apache-2.0)');
    expect(declaredLicense({ license: { type: 'BSD-3-Clause', url: 'https://example.org' } })).toBe('BSD-3-Clause');
    expect(declaredLicense({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(declaredLicense({ licenses: [{ type: 'ISC' }] })).toBe('ISC');
    expect(declaredLicense({ license: ['MIT', 'Apache2'] })).toBe('(MIT OR Apache2)');
    expect(declaredLicense({ name: 'no-licence' })).toBeNull();
    expect(declaredLicense({ licenses: [] })).toBeNull();
  });

  it('lets a legacy list pass when one of its licences does', () => {
    expect(licenseProblem(declaredLicense({ license: ['MIT', 'Apache2'] }), CODE_LICENSES)).toBeNull();
    expect(
      licenseProblem(declaredLicense({ licenses: [{ type: 'GPL-2.0' }, { type: 'SSPL-1.0' }] }), CODE_LICENSES),
    ).not.toBeNull();
  });
});
