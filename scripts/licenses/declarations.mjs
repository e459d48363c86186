// What `npm run licenses` cannot read from a package.json: the data that ships under a licence of its own, and the
// packages whose package.json does not state the licence their licence file grants.

/**
 * @typedef {object} DataEntry
 * @property {string} name
 * @property {string} [package] the npm package the data comes from; its package.json gives version and licence
 * @property {string} [version]
 * @property {string} [license] SPDX expression, when there is no package
 * @property {string} [licenseFile] the licence text that travels with the data (relative to the project)...
 * @property {string} [licenseTitle] ...and words it must contain, so the expression above matches the text
 * @property {string[]} [inputs] project files compiled into a bundle that are this data, not the project's code
 * @property {string[]} [shipped] folders of dist/ (ending in `/`) or files this entry puts there
 */

/**
 * The PDF fonts that scripts/build-electron.mjs copies beside the bundles that print, and the passphrase word lists
 * compiled into the bundles (their licences and credits copied beside the renderer's). `npm run licenses` refuses any
 * file in dist/ that neither a bundle's metafile nor an entry here accounts for.
 * @type {DataEntry[]}
 */
export const shippedData = [
  {
    name: 'Noto Sans (fonts of @expo-google-fonts/noto-sans)',
    package: '@expo-google-fonts/noto-sans',
    shipped: ['dist/main/fonts/', 'dist/cli/fonts/'],
  },
  {
    name: 'EFF Large Wordlist',
    version: '2016',
    license: 'CC-BY-3.0-US',
    licenseFile: 'shared/vault/passphrase/wordlists/CC-BY-3.0-US.txt',
    licenseTitle: 'Attribution 3.0 United States',
    inputs: ['shared/vault/passphrase/wordlists/eff-large-wordlist.json'],
    shipped: ['dist/renderer/wordlists/'],
  },
  {
    name: 'Tails French word list (Tango)',
    version: '2024',
    license: 'CC0-1.0',
    licenseFile: 'shared/vault/passphrase/wordlists/CC0-1.0.txt',
    licenseTitle: 'CC0 1.0 Universal',
    inputs: ['shared/vault/passphrase/wordlists/tails-fr-7776.json'],
    shipped: ['dist/renderer/wordlists/'],
  },
];

/**
 * @typedef {object} LicenseOverride
 * @property {string} license SPDX expression granted by the file below
 * @property {string} licenseFile in the package's folder
 * @property {string} licenseTitle words of that file that show which licence it is
 */

/**
 * By exact `name@version`, so that a new version is read afresh. Each override is checked against the package's
 * licence file, and one that matches no shipped package is refused as stale.
 * @type {Record<string, LicenseOverride>}
 */
export const licenseOverrides = {
  // pdfkit's PNG decoder: its package.json has no licence field; its LICENSE file is the MIT licence.
  'png-js@2.0.0': { license: 'MIT', licenseFile: 'LICENSE', licenseTitle: 'MIT License' },
};
