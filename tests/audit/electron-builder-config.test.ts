import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/bundle';

// js-yaml comes with electron-builder (it is how electron-builder reads this file) and ships no type declarations.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  publish?: unknown;
  linux: { target: string[]; category: string; maintainer: string };
  win: { target: string[] };
  mac: { target: string[] };
}

const config = yaml.load(fs.readFileSync(path.join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const schema = JSON.parse(
  fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;

describe('electron-builder.yml', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it("is valid against electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a schema that does refuse mistakes', () => {
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
    expect(validate({ ...config, afterPak: config.afterPack })).toBe(false);
  });

  it('names the app and packs only the built files', () => {
    expect(config.appId).toBe('org.parloir.app');
    expect(config.productName).toBe('Parloir');
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**']));
    for (const pattern of config.files.filter((p) => !p.startsWith('!'))) {
      expect(pattern, pattern).toMatch(/^(package\.json|dist\/)/);
    }
  });

  it('packs into asar, unpacking the native addon and the key worker', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['node_modules/better-sqlite3-multiple-ciphers/**', 'dist/**/keys.worker.mjs']),
    );
    expect(config.npmRebuild).toBe(false);
  });

  it('flips fuses in afterPack and publishes nowhere (no updater)', () => {
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
    expect(fs.existsSync(path.join(PROJECT_ROOT, config.afterPack))).toBe(true);
    expect(config.publish ?? null).toBeNull();
  });

  it('targets AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/\S+ <\S+@\S+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });
});
