import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://parloir/ in Electron and from https://app.invalid/ in the E2E tests; both are
// origins of their own, so absolute asset paths work in each.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    // No inline scripts or data: URLs for modules: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
