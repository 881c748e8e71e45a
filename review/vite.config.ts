/**
 * Builds the review page (`review/`) into `dist/review/`, which `cablelint review` serves.
 * `base: './'`: the page lives under `/<session token>/`, so every asset URL is relative and
 * carries the token too. No public folder, no CDN: everything the page needs is bundled,
 * including cablelint's own parser, rules and redactor for the in-browser preview.
 */
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/review', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: {polyfill: false},
    chunkSizeWarningLimit: 2000,
  },
})
