/** The package version, from the nearest `package.json` above this module (src/cli or dist/src/cli). */
import {readFileSync} from 'node:fs'

let cached: string | undefined

export function packageVersion(): string {
  if (cached !== undefined) return cached
  cached = 'unknown'
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {name?: unknown; version?: unknown}
      if (manifest.name === 'cablelint' && typeof manifest.version === 'string') {
        cached = manifest.version
        break
      }
    } catch {
      // Not at this level; try the next one up.
    }
  }
  return cached
}
