/** `cablelint rules [ID]`: list every rule, explain one, refuse an unknown id (exit 2) with a suggestion. */
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {Io} from '../../../src/cli/io.js'
import {run} from '../../../src/cli/run.js'
import {rules} from '../../../rules/index.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))

async function cli(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: {write: (text) => void (stdout += text), isTTY: false},
    stderr: {write: (text) => void (stderr += text), isTTY: false},
    stdin: {read: async () => new Uint8Array(), isTTY: false},
    env: {},
    cwd: root,
    now: () => 0,
  }
  const code = await run(argv, io)
  return {code, stdout, stderr}
}

describe('cablelint rules', () => {
  it('lists every rule with its id, severity and summary, one line each, and exits 0', async () => {
    const result = await cli(['rules'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    for (const rule of Object.values(rules)) {
      const line = lines.find((candidate) => candidate.startsWith(`${rule.id} `))
      expect(line, rule.id).toBeDefined()
      expect(line).toMatch(new RegExp(`^${rule.id} +${rule.severity} +`))
      expect(line?.endsWith(rule.summary)).toBe(true)
    }
    expect(result.stdout).toContain(`${Object.keys(rules).length} rules.`)
  })

  it('lists the rules as JSON with --json', async () => {
    const result = await cli(['rules', '--json'])
    expect(result.code).toBe(0)
    const list = JSON.parse(result.stdout) as Array<{id: string; severity: string; summary: string; authority: string}>
    expect(list.map((rule) => rule.id)).toEqual(Object.keys(rules))
    expect(list.find((rule) => rule.id === 'no-portion-above-banner')).toMatchObject({severity: 'error', authority: expect.stringContaining('32 CFR 2001.21')})
  })

  it('explains one rule with its authority, messages and examples', async () => {
    const result = await cli(['rules', 'no-portion-above-banner'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^no-portion-above-banner\n/)
    expect(result.stdout).toContain('Severity:  error')
    expect(result.stdout).toContain('Authority: 32 CFR 2001.21')
    expect(result.stdout).toContain('docs/rules.md#no-portion-above-banner')
    expect(result.stdout).toContain('aboveBanner: Unexpected portion marked')
    expect(result.stdout).toContain('Valid example 1:')
    expect(result.stdout).toContain('Invalid example 1:')
    expect(result.stdout).toContain('    1. (S) Talks resumed.')
    expect(result.stdout).toContain('    2:4-2:7: aboveBanner')
  })

  it('shows message severities lower than the rule’s', async () => {
    const result = await cli(['rules', 'portion-marking'])
    expect(result.stdout).toContain('missingUnclassified: info')
  })

  it('explains one rule as JSON with --json', async () => {
    const result = await cli(['rules', 'subject-marking', '--json'])
    expect(result.code).toBe(0)
    const detail = JSON.parse(result.stdout) as {id: string; examples: {valid: string[]}; url: string}
    expect(detail.id).toBe('subject-marking')
    expect(detail.url).toBe('docs/rules.md#subject-marking')
    expect(detail.examples.valid.length).toBeGreaterThan(0)
  })

  it('refuses an unknown id with exit 2 and suggests the closest id', async () => {
    const result = await cli(['rules', 'no-portion-above-baner'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain("unknown rule 'no-portion-above-baner'")
    expect(result.stderr).toContain("Did you mean 'no-portion-above-banner'?")
  })

  it('refuses an unknown id without a suggestion when nothing is close', async () => {
    const result = await cli(['rules', 'zzzzzzzz'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("unknown rule 'zzzzzzzz'")
    expect(result.stderr).not.toContain('Did you mean')
  })

  it('refuses more than one id with exit 2', async () => {
    const result = await cli(['rules', 'subject-marking', 'portion-marking'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('explains one rule')
  })

  it('does not treat an inherited property name as a rule', async () => {
    const result = await cli(['rules', 'constructor'])
    expect(result.code).toBe(2)
  })
})
