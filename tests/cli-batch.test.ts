/**
 * `check`, `lint` and `redact` through `run(argv, io)`: exit codes, files written, refusals.
 * Cables are written to a temporary folder by each test, so the expectations are read from
 * the cable text in the test itself.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Io} from '../src/cli/io.js'
import {run} from '../src/cli/run.js'

async function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: {write: (text) => void (stdout += text), isTTY: false},
    stderr: {write: (text) => void (stderr += text), isTTY: false},
    stdin: {read: async () => new Uint8Array(), isTTY: false},
    env: {CI: 'true'},
    cwd,
    now: () => 0,
  }
  const code = await run(argv, io)
  return {code, stdout, stderr}
}

const confidential = [
  'C O N F I D E N T I A L SECTION 01 OF 01 BEIJING 004697',
  '',
  'E.O. 12958: DECL: 12/31/2033',
  'TAGS: PGOV PHUM',
  'SUBJECT: (U) A TEST CABLE',
  '',
  'Classified By: Political Counselor Aubrey Carlson. Reasons 1.4 (b) and (d).',
  '',
  '1. (C) Professor Li Qing (strictly protect) told PolOff the plan is secret.',
  '',
  '2. (U) Li said the weather was fine in Kunming.',
  '',
  '3. (S) Above the banner: this portion is marked higher than the cable.',
  '',
]
const cableText = confidential.join('\n')

function workspace(files: Record<string, string | Uint8Array> = {'cables/one.txt': cableText}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cablelint-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

describe('lint', () => {
  it('reports a portion above the banner with its rule and line, and exits 1', async () => {
    const dir = workspace()
    const result = await cli(['lint', 'cables', '--format', 'json'], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as {files: Array<{path: string; messages: Array<{ruleId: string; line: number; severity: string}>}>}
    const messages = report.files[0]!.messages
    const above = messages.find((message) => message.ruleId === 'no-portion-above-banner')
    expect(above?.line).toBe(confidential.indexOf('3. (S) Above the banner: this portion is marked higher than the cable.') + 1)
    expect(above?.severity).toBe('error')
  })

  it('writes SARIF 2.1.0 to --output and nothing to stdout', async () => {
    const dir = workspace()
    const result = await cli(['lint', 'cables/one.txt', '--format', 'sarif', '--output', 'report.sarif'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const log = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as {version: string; runs: Array<{results: unknown[]}>}
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]!.results.length).toBeGreaterThan(0)
  })

  it('turns a rule off with --rule and an invalid rule id is a usage error naming the closest id', async () => {
    const dir = workspace()
    const off = await cli(['lint', 'cables', '--format', 'json', '--rule', 'no-portion-above-banner=off'], dir)
    expect(off.stdout).not.toContain('no-portion-above-banner')
    const typo = await cli(['lint', 'cables', '--rule', 'no-portion-above-baner=off'], dir)
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain("Did you mean 'no-portion-above-banner'")
  })

  it('a config file with an unknown rule id names the key path and the closest id (exit 2)', async () => {
    const dir = workspace({'cables/one.txt': cableText, 'cablelint.config.json': JSON.stringify({rules: {'no-portion-above-bannr': 'off'}})})
    const result = await cli(['lint', 'cables'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('rules.no-portion-above-bannr')
    expect(result.stderr).toContain('no-portion-above-banner')
  })

  it('goes on after a file that is not text, names it, and exits 2', async () => {
    const dir = workspace({'cables/a.txt': new Uint8Array([0x55, 0x00, 0x01, 0x02]), 'cables/b.txt': cableText})
    const result = await cli(['lint', 'cables', '--format', 'json'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('cables/a.txt')
    expect(result.stderr).toContain('not a text file')
    const report = JSON.parse(result.stdout) as {files: Array<{path: string}>}
    expect(report.files.map((file) => file.path)).toEqual(['cables/b.txt'])
  })

  it('a missing path is a usage error', async () => {
    const dir = workspace()
    const result = await cli(['lint', 'nowhere'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'nowhere'")
  })

  it('--update-baseline records the findings and --baseline then hides them', async () => {
    const dir = workspace()
    const update = await cli(['lint', 'cables', '--baseline', 'baseline.json', '--update-baseline'], dir)
    expect(update.code).toBe(0)
    expect(existsSync(join(dir, 'baseline.json'))).toBe(true)
    const again = await cli(['lint', 'cables', '--baseline', 'baseline.json', '--format', 'json'], dir)
    expect(again.code).toBe(0)
    const report = JSON.parse(again.stdout) as {files: Array<{messages: unknown[]}>}
    expect(report.files[0]!.messages).toEqual([])
  })
})

describe('redact', () => {
  it('writes one cable to stdout with the protected name and its later mention gone', async () => {
    const dir = workspace()
    const result = await cli(['redact', 'cables/one.txt', '--release', 'C'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/\bQing\b/)
    expect(result.stdout).not.toMatch(/\bLi\b/)
    expect(result.stdout).toContain('(strictly protect)')
    // Above release C: the (S) portion is withheld, its marking stays.
    expect(result.stdout).toContain('3. (S) [WITHHELD]')
    // Outside the spans the text is as it was.
    expect(result.stdout.startsWith(confidential.slice(0, 8).join('\n'))).toBe(true)
  })

  it('refuses several cables without --out (exit 2)', async () => {
    const dir = workspace({'cables/a.txt': cableText, 'cables/b.txt': cableText})
    const result = await cli(['redact', 'cables'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--out')
  })

  it('refuses an output folder inside the input folder and writes nothing', async () => {
    const dir = workspace()
    const result = await cli(['redact', 'cables', '--out', 'cables/public'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('inside the input folder')
    expect(existsSync(join(dir, 'cables', 'public'))).toBe(false)
  })

  it('refuses an output that is an input file', async () => {
    const dir = workspace()
    const result = await cli(['redact', 'cables/one.txt', '--out', 'cables/one.txt'], dir)
    expect(result.code).toBe(2)
    expect(readFileSync(join(dir, 'cables/one.txt'), 'utf8')).toBe(cableText)
  })

  it('a malformed decisions file is a usage error naming the key', async () => {
    const dir = workspace({'cables/one.txt': cableText, 'decisions.json': JSON.stringify({decisions: [{action: 'keep', offset: 3}]})})
    const result = await cli(['redact', 'cables/one.txt', '--decisions', 'decisions.json'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('decisions.json')
    expect(result.stderr).toContain('decisions.0.reason')
  })
})

describe('check', () => {
  it('prints the lint report and writes the public copy, its log and its diff', async () => {
    const dir = workspace()
    const result = await cli(['check', 'cables', '--out', 'out'], dir)
    expect(result.code).toBe(1) // the (S) portion above the banner is an error
    expect(result.stdout).toContain('no-portion-above-banner')
    expect(readdirSync(join(dir, 'out', 'public'))).toEqual(['one.txt'])
    expect(readdirSync(join(dir, 'out', 'review')).sort()).toEqual(['one.diff', 'one.redaction.json'])
    const copy = readFileSync(join(dir, 'out', 'public', 'one.txt'), 'utf8')
    expect(copy).not.toMatch(/\bQing\b/)
    expect(copy).toContain('1. (C) [WITHHELD]')
    const log = JSON.parse(readFileSync(join(dir, 'out', 'review', 'one.redaction.json'), 'utf8')) as {spans: Array<{reason: string}>}
    expect(log.spans.map((span) => span.reason)).toContain('portion-above-release')
    // The log never holds removed text.
    expect(JSON.stringify(log)).not.toContain('Qing')
    expect(JSON.stringify(log)).not.toContain('secret')
    expect(result.stderr).toContain('Redaction summary')
  })

  it('a path as the first argument runs check', async () => {
    const dir = workspace()
    const result = await cli(['cables', '--out', 'out'], dir)
    expect(result.code).toBe(1)
    expect(existsSync(join(dir, 'out', 'public', 'one.txt'))).toBe(true)
  })
})
