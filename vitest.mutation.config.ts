/**
 * The tests that guard the marking grammar and the redactor, for mutation testing
 * (`npm run mutation`, StrykerJS): fast unit and seed tests and the redactor's properties; no
 * corpus, no browser. The properties run with a fixed seed and few runs, so that each mutant
 * meets the same generated cables and a survivor is not just an unlucky draw.
 */
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/syntax/marking*.test.ts', 'tests/unit/redact/**/*.test.ts', 'tests/redact-seeds.test.ts', 'tests/properties/redact.test.ts'],
    env: {FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '15', FC_SEED: process.env.FC_SEED ?? '20261123'},
  },
})
