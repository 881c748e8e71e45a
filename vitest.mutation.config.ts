/**
 * The tests that guard the marking grammar and the redactor, for mutation testing
 * (`npm run mutation`, StrykerJS): fast unit and seed tests only, no corpus, no browser.
 */
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/syntax/marking.test.ts', 'tests/unit/redact/**/*.test.ts', 'tests/redact-seeds.test.ts', 'tests/properties/redact.test.ts'],
  },
})
