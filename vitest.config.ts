import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The corpus tests read 54 MB of cables; give them room without hiding a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
