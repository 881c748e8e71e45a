import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {writeAtomic} from '../../../src/cli/atomic-write.js'

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
