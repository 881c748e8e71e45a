/**
 * The installed command: `npm ci` builds `dist/` (prepare), and `npx cablelint` runs
 * the package's `bin` (`dist/bundle/cablelint.js`, scripts/bundle.mjs) directly, so it must be
 * executable and answer `--version`.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
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

  it('runs its bundled worker: a pool of two gives the report of one thread, and writes the same copies', () => {
    const bin = join(root, manifest.bin.cablelint!)
    const out = mkdtempSync(join(tmpdir(), 'cablelint-bin-'))
    try {
      const run = (jobs: string) => spawnSync(bin, ['check', 'seeds', '--format', 'json', '--no-progress', '--jobs', jobs, '--out', join(out, jobs)], {cwd: root, encoding: 'utf8'})
      const pooled = run('2')
      const alone = run('1')
      // The seeds have real errors: exit 1, not a crash (2) or a refused leak (3).
      expect(pooled.status).toBe(1)
      expect(pooled.stdout).toBe(alone.stdout)
      expect((JSON.parse(pooled.stdout) as {files: unknown[]}).files).toHaveLength(5)
      const copies = (jobs: string) => readdirSync(join(out, jobs, 'public')).sort().map((name) => readFileSync(join(out, jobs, 'public', name), 'utf8'))
      expect(copies('2')).toEqual(copies('1'))
      expect(copies('2')).toHaveLength(5)
    } finally {
      rmSync(out, {recursive: true, force: true})
    }
  })
})
