import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {discover} from '../../../src/batch/discover.js'
import {scratchDir} from '../../helpers/scratch.js'

let cwd = ''

beforeAll(() => {
  cwd = scratchDir('discover')
  for (const file of [
    'cables/b.txt',
    'cables/a.txt',
    'cables/notes.md',
    'cables/2009/c.txt',
    'cables/2009/d.cable',
    'cables/1999/OLD.TXT',
    'cables/1999/Mixed.Txt',
    'cables/.hidden/e.txt',
    'cables/node_modules/f.txt',
    'single.md',
    '[draft].txt',
  ]) {
    mkdirSync(join(cwd, dirname(file)), {recursive: true})
    writeFileSync(join(cwd, file), 'x')
  }
  mkdirSync(join(cwd, 'empty'))
})

describe('discover', () => {
  it('walks a directory for *.txt, sorted, skipping hidden folders and node_modules', async () => {
    expect(await discover(['cables'], {cwd})).toEqual({ok: true, files: ['cables/1999/Mixed.Txt', 'cables/1999/OLD.TXT', 'cables/2009/c.txt', 'cables/a.txt', 'cables/b.txt']})
  })

  it('matches extensions in any case (DOS archives name their cables *.TXT)', async () => {
    const result = await discover(['cables/1999'], {cwd, ext: ['TXT']})
    expect(result.ok && result.files).toEqual(['cables/1999/Mixed.Txt', 'cables/1999/OLD.TXT'])
  })

  it('uses --ext extensions in directories', async () => {
    const result = await discover(['cables'], {cwd, ext: ['txt', 'cable']})
    expect(result.ok && result.files).toEqual(['cables/1999/Mixed.Txt', 'cables/1999/OLD.TXT', 'cables/2009/c.txt', 'cables/2009/d.cable', 'cables/a.txt', 'cables/b.txt'])
  })

  it('takes a file named explicitly whatever its extension', async () => {
    expect(await discover(['single.md'], {cwd})).toEqual({ok: true, files: ['single.md']})
  })

  it('expands globs', async () => {
    const result = await discover(['cables/*.txt'], {cwd})
    expect(result.ok && result.files).toEqual(['cables/a.txt', 'cables/b.txt'])
  })

  it('prefers a literal file over a glob reading of its name', async () => {
    expect(await discover(['[draft].txt'], {cwd})).toEqual({ok: true, files: ['[draft].txt']})
  })

  it('removes duplicates however they are spelled', async () => {
    const result = await discover(['cables/a.txt', './cables/a.txt', 'cables', 'cables/*.txt'], {cwd})
    expect(result.ok && result.files).toEqual(['cables/1999/Mixed.Txt', 'cables/1999/OLD.TXT', 'cables/2009/c.txt', 'cables/a.txt', 'cables/b.txt'])
  })

  it('lists an input given alone as it lists it among other inputs', async () => {
    // Alone, an input skips the merging of inputs: the lists must not differ.
    for (const folder of ['cables', './cables/', 'cables/2009', 'cables/*.txt', './cables/a.txt']) {
      const alone = await discover([folder], {cwd})
      const merged = await discover([folder, folder], {cwd})
      expect(alone).toEqual(merged)
      expect(alone.ok && alone.files.length).toBeGreaterThan(0)
    }
    expect(await discover(['empty'], {cwd})).toEqual({ok: false, error: {code: 'no-files', path: 'empty', message: 'no *.txt files found'}})
  })

  it('keeps - (standard input) first', async () => {
    const result = await discover(['single.md', '-', '-'], {cwd})
    expect(result.ok && result.files).toEqual(['-', 'single.md'])
  })

  it('names a missing path', async () => {
    const result = await discover(['cables', 'nope.txt'], {cwd})
    expect(result).toEqual({ok: false, error: {code: 'missing', path: 'nope.txt', message: "'nope.txt' does not exist"}})
  })

  it('names a glob that matches nothing', async () => {
    const result = await discover(['cables/*.pdf'], {cwd})
    expect(result.ok ? undefined : result.error.code).toBe('no-match')
    expect(result.ok ? undefined : result.error.path).toBe('cables/*.pdf')
  })

  it('says when a directory holds no files to read', async () => {
    const result = await discover(['empty'], {cwd})
    expect(result.ok ? undefined : result.error.code).toBe('no-files')
  })

  it('follows symbolic links to files and folders, each folder once, even in a loop', async () => {
    const root = join(cwd, 'linked')
    mkdirSync(join(root, 'real'), {recursive: true})
    writeFileSync(join(root, 'real', 'g.txt'), 'x')
    symlinkSync(join(root, 'real', 'g.txt'), join(root, 'h.txt'))
    symlinkSync(join(root, 'real'), join(root, 'alias'))
    // A link back up: walking it again would never end.
    symlinkSync(root, join(root, 'real', 'loop'))
    symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'))
    const result = await discover(['linked'], {cwd})
    expect(result.ok && result.files).toEqual(['linked/h.txt', 'linked/real/g.txt'])
  })
})
