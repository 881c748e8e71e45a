import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {openAtomic, writeAtomic} from '../../../src/cli/atomic-write.js'

const roots: string[] = []
function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'cablelint-atomic-'))
  roots.push(root)
  return root
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, {recursive: true, force: true})
})

describe('writeAtomic', () => {
  it('writes the bytes, creating the folders, and leaves nothing else beside the file', () => {
    const root = folder()
    const path = join(root, 'a', 'b', 'cable.txt')
    writeAtomic(path, new Uint8Array([0x55, 0x0a]))
    writeAtomic(join(root, 'a', 'b', 'cable.diff'), 'diff\n')
    expect(readFileSync(path, 'latin1')).toBe('U\n')
    expect(readdirSync(join(root, 'a', 'b')).sort()).toEqual(['cable.diff', 'cable.txt'])
  })

  it('replaces an existing file whole', () => {
    const root = folder()
    const path = join(root, 'log.json')
    writeAtomic(path, 'a much longer first version\n')
    writeAtomic(path, 'short\n')
    expect(readFileSync(path, 'utf8')).toBe('short\n')
  })

  it('makes its folder again when it was removed after a first write', () => {
    const root = folder()
    const path = join(root, 'review', 'decisions.json')
    writeAtomic(path, '1\n')
    rmSync(join(root, 'review'), {recursive: true})
    writeAtomic(path, '2\n')
    expect(readFileSync(path, 'utf8')).toBe('2\n')
  })

  it('throws when the target cannot be replaced, and removes its temporary', () => {
    const root = folder()
    // A folder in the target's place: the rename fails after the temporary was written.
    mkdirSync(join(root, 'copy.txt', 'inside'), {recursive: true})
    expect(() => writeAtomic(join(root, 'copy.txt'), 'text\n')).toThrow()
    expect(readdirSync(root)).toEqual(['copy.txt'])
  })
})

describe('openAtomic', () => {
  it('writes the pieces to a temporary and puts the whole file in place on commit', () => {
    const root = folder()
    const path = join(root, 'reports', 'lint.json')
    const file = openAtomic(path)
    file.write('{"a": ')
    file.write('')
    file.write('"é"}\n')
    // Until the commit, only the temporary exists.
    expect(existsSync(path)).toBe(false)
    expect(readdirSync(join(root, 'reports'))).toHaveLength(1)
    file.commit()
    expect(readFileSync(path, 'utf8')).toBe('{"a": "é"}\n')
    expect(readdirSync(join(root, 'reports'))).toEqual(['lint.json'])
  })

  it('leaves the old file as it was when discarded', () => {
    const root = folder()
    const path = join(root, 'report.txt')
    writeFileSync(path, 'old\n')
    const file = openAtomic(path)
    file.write('half of a new one')
    file.discard()
    expect(readFileSync(path, 'utf8')).toBe('old\n')
    expect(readdirSync(root)).toEqual(['report.txt'])
  })

  it('removes the temporary when the process exits before the commit (Ctrl-C)', () => {
    const root = folder()
    const module = new URL('../../../src/cli/atomic-write.ts', import.meta.url).href
    const script = `import {openAtomic} from ${JSON.stringify(module)}; const file = openAtomic(${JSON.stringify(join(root, 'report.sarif'))}); file.write('partial'); process.exit(130)`
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {encoding: 'utf8'})
    expect(child.status).toBe(130)
    expect(readdirSync(root)).toEqual([])
  })
})
