import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePackage, fixtureProject } from './fixture-project';

const good = fixturePackage('good-pkg', { license: 'MIT' });

describe('npm run licenses on a built project', () => {
  it('passes and prints one line per shipped package when every licence is allowed', async () => {
    const project = await fixtureProject({
      imports: ['good-pkg', 'dual-pkg'],
      files: { ...good, ...fixturePackage('dual-pkg', { license: '(GPL-2.0-only OR Apache-2.0)' }) },
    });
    const { status, stdout, stderr } = project.check();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^dual-pkg\s+1\.0\.0\s+\(GPL-2\.0-only OR Apache-2\.0\)\s+app$/m);
    expect(stdout).toMatch(/^good-pkg\s+1\.0\.0\s+MIT\s+app$/m);
    expect(stdout).toMatch(/^fixture-app \(this project\)\s+0\.0\.1\s+AGPL-3\.0-or-later\s+app$/m);
    expect(stdout).toContain('3 shipped');
    expect(stdout).toContain('All compatible with AGPL-3.0-or-later.');
  });

  it('fails, naming the package, on a forbidden licence in a bundle', async () => {
    const project = await fixtureProject({
      imports: ['good-pkg', 'sspl-pkg'],
      files: { ...good, ...fixturePackage('sspl-pkg', { license: 'SSPL-1.0' }) },
    });
    const { status, stdout, stderr } = project.check();
    expect(status).toBe(1);
    expect(stdout).toMatch(/^sspl-pkg\s+1\.0\.0\s+SSPL-1\.0\s+app\s+REFUSED$/m);
    expect(stderr).toContain('1 problem(s) with what ships in an AGPL-3.0-or-later app:');
    expect(stderr).toContain('sspl-pkg@1.0.0 (app): SSPL-1.0 is not on the allow-list');
  });

  it.each([
    ['no licence', {}, 'no licence declared'],
    ['UNLICENSED', { license: 'UNLICENSED' }, 'UNLICENSED (npm: no licence granted)'],
    ['GPL-2.0-only', { license: 'GPL-2.0-only' }, 'GPL-2.0-only is not on the allow-list'],
    // Fine for a font shipped beside the code, not for code bundled into it.
    ['a licence for data only', { license: 'CC-BY-4.0' }, 'CC-BY-4.0 is not on the allow-list'],
  ])('fails on a package with %s', async (_title, manifest, problem) => {
    const project = await fixtureProject({ imports: ['odd-pkg'], files: fixturePackage('odd-pkg', manifest) });
    const { status, stderr } = project.check();
    expect(status).toBe(1);
    expect(stderr).toContain(`odd-pkg@1.0.0 (app): ${problem}`);
  });

  it('checks the packages electron-builder ships unbundled: dependencies, and theirs', async () => {
    const project = await fixtureProject({
      imports: ['good-pkg'],
      manifest: { dependencies: { 'native-pkg': '^1.0.0' } },
      files: {
        ...good,
        ...fixturePackage('native-pkg', {
          license: 'MIT',
          dependencies: { 'helper-pkg': '^1.0.0' },
          optionalDependencies: { 'other-os-pkg': '^1.0.0' },
        }),
        ...fixturePackage('helper-pkg', { license: 'GPL-2.0-only' }),
      },
    });
    const { status, stdout, stderr } = project.check();
    expect(status).toBe(1);
    expect(stdout).toMatch(/^native-pkg\s+1\.0\.0\s+MIT\s+node_modules$/m);
    expect(stderr).toContain('helper-pkg@1.0.0 (node_modules): GPL-2.0-only is not on the allow-list');
    expect(stderr).not.toContain('other-os-pkg');
  });

  it('fails on a package the project imports without declaring it, bundled or loaded at run time', async () => {
    const files = {
      ...good,
      ...fixturePackage('transitive-pkg', { license: 'MIT' }),
      ...fixturePackage('runtime-pkg', { license: 'MIT' }),
    };
    const undeclared = await fixtureProject({
      imports: ['good-pkg', 'transitive-pkg', 'runtime-pkg', 'node:fs'],
      undeclared: true,
      external: ['runtime-pkg'],
      files,
    });
    const { status, stderr } = undeclared.check();
    expect(status).toBe(1);
    for (const name of ['good-pkg', 'transitive-pkg', 'runtime-pkg'])
      expect(stderr).toContain(`${name} is imported by src/app.js but package.json does not declare it`);
    expect(stderr).not.toContain('node:fs');

    const declared = await fixtureProject({
      imports: ['good-pkg', 'transitive-pkg', 'runtime-pkg'],
      external: ['runtime-pkg'],
      files,
    });
    expect(declared.check()).toMatchObject({ status: 0, stderr: '' });
  });

  it("fails when the project's own package.json does not declare AGPL-3.0-or-later", async () => {
    const project = await fixtureProject({ imports: ['good-pkg'], files: good, manifest: { license: 'MIT' } });
    const { status, stderr } = project.check();
    expect(status).toBe(1);
    expect(stderr).toContain('package.json declares the licence "MIT", not AGPL-3.0-or-later');
  });

  it('fails before a build, and on a file of dist/ that nothing accounts for', async () => {
    const project = await fixtureProject({ imports: ['good-pkg'], files: good });
    fs.writeFileSync(path.join(project.root, 'dist/app/extra.bin'), 'from nowhere');
    expect(project.check().stderr).toContain(
      'dist/app/extra.bin ships, but no bundle metafile or shipped-data entry accounts for it',
    );
    fs.rmSync(path.join(project.root, 'dist/meta'), { recursive: true });
    const { status, stderr } = project.check();
    expect(status).toBe(1);
    expect(stderr).toContain('dist/meta/ holds no metafile: run `npm run build` first');
  });

  it('checks declared data against its licence file, and refuses a non-free one', async () => {
    const data = (license: string, title: string) =>
      `export const shippedData = [{ name: 'Some words', version: '1', license: '${license}', licenseFile: 'data/LICENSE.txt', licenseTitle: '${title}', inputs: ['data/words.json'], shipped: ['dist/app/words/'] }];\nexport const licenseOverrides = {};\n`;
    const files = {
      ...good,
      'data/words.json': '["a", "b"]',
      'data/LICENSE.txt': 'Creative Commons Attribution 4.0\n International',
      'dist/app/words/LICENSE.txt': 'copied',
    };
    const imports = ['good-pkg', '../data/words.json'];
    const allowed = await fixtureProject({
      imports,
      files,
      declarations: data('CC-BY-4.0', 'Attribution 4.0 International'),
    });
    const { status, stdout, stderr } = allowed.check();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Some words \[data\]\s+1\s+CC-BY-4\.0\s+app$/m);

    const wrongText = await fixtureProject({
      imports,
      files,
      declarations: data('CC-BY-4.0', 'Attribution-NonCommercial 4.0'),
    });
    expect(wrongText.check().stderr).toContain(
      'Some words: data/LICENSE.txt does not say "Attribution-NonCommercial 4.0"',
    );

    const nonFree = await fixtureProject({ imports, files, declarations: data('CC-BY-NC-4.0', 'Attribution 4.0') });
    expect(nonFree.check().stderr).toContain('Some words@1 (app): CC-BY-NC-4.0 is not on the allow-list');

    const notBundled = await fixtureProject({
      imports: ['good-pkg'],
      files,
      declarations: data('CC-BY-4.0', 'Attribution 4.0'),
    });
    expect(notBundled.check().stderr).toContain('data/words.json, declared as data of Some words, is in no bundle');
    fs.rmSync(path.join(notBundled.root, 'dist/app/words'), { recursive: true });
    expect(notBundled.check().stderr).toContain(
      'dist/app/words/, declared as shipped with Some words, is not in dist/',
    );
  });

  it('takes an override only from the licence file it names, and refuses a stale one', async () => {
    const files = {
      ...fixturePackage('bare-pkg', {}),
      'node_modules/bare-pkg/LICENSE': 'MIT License\n\nPermission is hereby granted',
    };
    const override = (key: string, title: string) =>
      `export const shippedData = [];\nexport const licenseOverrides = { '${key}': { license: 'MIT', licenseFile: 'LICENSE', licenseTitle: '${title}' } };\n`;
    const ok = await fixtureProject({
      imports: ['bare-pkg'],
      files,
      declarations: override('bare-pkg@1.0.0', 'MIT License'),
    });
    expect(ok.check()).toMatchObject({ status: 0, stderr: '' });
    expect(ok.check().stdout).toMatch(/^bare-pkg\s+1\.0\.0\s+MIT \(per LICENSE\)\s+app$/m);

    const wrongFile = await fixtureProject({
      imports: ['bare-pkg'],
      files,
      declarations: override('bare-pkg@1.0.0', 'Apache License'),
    });
    expect(wrongFile.check().stderr).toContain('bare-pkg@1.0.0: LICENSE does not say "Apache License"');
    expect(wrongFile.check().stderr).toContain('bare-pkg@1.0.0 (app): no licence declared');

    const stale = await fixtureProject({
      imports: ['bare-pkg'],
      files,
      declarations: override('bare-pkg@0.9.0', 'MIT License'),
    });
    expect(stale.check().stderr).toContain('the licence override for bare-pkg@0.9.0 matches no shipped package');
  });
});
