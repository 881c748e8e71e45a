/**
 * The layers of DESIGN.md: the core (everything in src/ but cli/, batch/ and review/ (the review server), and rules/) has no
 * Node-only imports, so it runs in a browser; and the library entry gives parse, lint and redact.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as cablelint from '../src/index.js'

const root = join(import.meta.dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('layers', () => {
  it('the core imports nothing from node: and nothing from cli/ or batch/', () => {
    const core = [...sources(join(root, 'src')), ...sources(join(root, 'rules'))].filter((path) => !/[\\/]src[\\/](cli|batch|review)[\\/]/.test(path))
    expect(core.length).toBeGreaterThan(20)
    const offenders = core.filter((path) => /from '(node:|[^']*\/(cli|batch)\/)/.test(readFileSync(path, 'utf8'))).map((path) => relative(root, path))
    expect(offenders).toEqual([])
  })

  it('the library entry parses, lints and redacts a cable', () => {
    const text = readFileSync(join(root, 'seeds', '003_190834ae1df68833.txt'), 'utf8')
    const tree = cablelint.parse(text)
    expect(tree.children.some((node) => node.type === 'banner')).toBe(true)
    const result = cablelint.lint(new VFile({path: 'seed.txt', value: text}), {tree})
    expect(result.messages.every((message) => typeof message.ruleId === 'string')).toBe(true)
    const redacted = cablelint.redact(text, {release: 'U', tree})
    expect(redacted.ok).toBe(true)
    expect(redacted.text).not.toMatch(/\bQing\b/)
    expect(Object.keys(cablelint.rules).length).toBeGreaterThan(20)
  })
})
