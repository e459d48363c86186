import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of docs/ARCHITECTURE.md, enforced: renderer -> shared only; db, electron/services and shared never
 * import electron or react; shared imports nothing local; only electron/main and electron/preload import electron.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'stream'];
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const noReact = [
  { name: 'react', message: 'React belongs to the renderer.' },
  { name: 'react-dom', message: 'React belongs to the renderer.' },
  { name: 'react-i18next', message: 'React belongs to the renderer.' },
  { name: '@tanstack/react-query', message: 'React belongs to the renderer.' },
];
const layer = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/node/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        [
          noElectron,
          {
            name: 'better-sqlite3-multiple-ciphers',
            message: 'The renderer talks to the vault through window.parloir only.',
          },
        ],
        [
          {
            group: ['**/db/**', '**/db', '**/electron/**', '**/cli/**', '**/tests/**'],
            message: 'The renderer imports shared/ only.',
          },
          { group: nodeBuiltins, message: 'The renderer runs in a sandboxed Chromium: no Node built-ins.' },
        ],
      ),
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      [noElectron, ...noReact],
      [
        {
          group: ['**/db/**', '**/db', '**/electron/**', '**/renderer/**', '**/cli/**', '**/tests/**'],
          message: 'shared/ imports nothing local outside shared/.',
        },
        { group: nodeBuiltins, message: 'shared/ also runs in the renderer: no Node built-ins.' },
      ],
    ),
  },
  {
    files: ['db/**/*.{ts,mjs}', 'electron/services/**/*.ts', 'cli/**/*.ts'],
    rules: layer(
      [noElectron, ...noReact],
      [{ group: ['**/renderer/**'], message: 'The renderer is a separate program.' }],
    ),
  },
  {
    files: ['db/**/*.{ts,mjs}'],
    rules: layer(
      [noElectron, ...noReact],
      [
        {
          group: ['**/electron/**', '**/renderer/**', '**/cli/**'],
          message: 'db/ is storage: it knows nothing of its hosts.',
        },
      ],
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer(
      [],
      [
        {
          group: ['**/db/**', '**/services/**', '**/renderer/**', '**/main/**', '**/cli/**'],
          message: 'The preload only bridges channel names.',
        },
      ],
    ),
  },
);
