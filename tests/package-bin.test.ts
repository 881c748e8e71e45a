/**
 * The installed command: `npm ci` builds `dist/` (prepare), and `npx cablelint` runs
 * `dist/src/cli/bin.js` directly, so it must be executable and answer `--version`.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = join(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; bin: Record<string, string>}

describe('the cablelint executable', () => {
  it('is built, executable, and prints the package version', () => {
    const bin = join(root, manifest.bin.cablelint!)
    expect(statSync(bin).mode & 0o111).not.toBe(0)
    const result = spawnSync(bin, ['--version'], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe(manifest.version)
  })
})
