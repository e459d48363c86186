import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp.js';
import { bundleInputs } from './scripts/licenses/vite-bundle-inputs.mjs';

/**
 * Repeats the CSP that the app:// protocol sends as a header inside index.html, so the page carries it wherever it is
 * loaded from and Electronegativity finds it in the built HTML.
 */
function contentSecurityPolicy(): Plugin {
  const placeholder = '%PARLOIR_CSP%';
  if (CONTENT_SECURITY_POLICY.includes('"')) throw new Error('The CSP must fit in a double-quoted HTML attribute');
  return {
    name: 'parloir-csp',
    transformIndexHtml: (html) => {
      if (!html.includes(placeholder)) throw new Error(`index.html must hold the ${placeholder} placeholder`);
      return html.replace(placeholder, CONTENT_SECURITY_POLICY);
    },
  };
}

// The renderer is served from app://parloir/ in Electron and from https://app.invalid/ in the E2E tests; both are
// origins of their own, so absolute asset paths work in each.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // What went into the bundle, for `npm run licenses`; dist/meta/ stays out of the installer.
    bundleInputs({
      projectRoot: fileURLToPath(new URL('.', import.meta.url)),
      metafile: fileURLToPath(new URL('./dist/meta/renderer.json', import.meta.url)),
    }),
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    // No inline scripts or data: URLs for modules: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // zxcvbn's dictionaries (the strength meter, offline) make one large chunk; that is expected here.
    chunkSizeWarningLimit: 4096,
  },
});
