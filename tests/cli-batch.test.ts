/**
 * `check`, `lint` and `redact` through `run(argv, io)`: exit codes, files written, refusals.
 * Cables are written to a temporary folder by each test, so the expectations are read from
 * the cable text in the test itself.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {Io} from '../src/cli/io.js'
import {run} from '../src/cli/run.js'
import {scratchDir} from './helpers/scratch.js'

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
  const dir = scratchDir('cli')
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

  it('refuses an output whose copies would overwrite the inputs, and writes nothing', async () => {
    // `redact out/public --out out`: each copy would go to out/public/<name>, the input itself.
    const dir = workspace({'out/public/one.txt': cableText})
    const result = await cli(['redact', 'out/public', '--out', 'out'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("would overwrite the input 'out/public/one.txt'")
    expect(readFileSync(join(dir, 'out/public/one.txt'), 'utf8')).toBe(cableText)
    expect(existsSync(join(dir, 'out', 'review'))).toBe(false)
  })

  it('refuses an output that exists and is not a folder, and leaves it as it was', async () => {
    const dir = workspace({'cables/one.txt': cableText, 'out.txt': 'not a folder\n'})
    const result = await cli(['redact', 'cables', '--out', 'out.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("the output 'out.txt' exists and is not a folder")
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('not a folder\n')
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

/** `run` with a chosen environment and terminal-ness of stderr. */
async function cliWith(argv: string[], cwd: string, options: {env?: Record<string, string>; tty?: boolean} = {}) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: {write: (text) => void (stdout += text), isTTY: false},
    stderr: {write: (text) => void (stderr += text), isTTY: options.tty ?? false, columns: 200},
    stdin: {read: async () => new Uint8Array(), isTTY: false},
    env: options.env ?? {CI: 'true'},
    cwd,
    now: () => 0,
  }
  const code = await run(argv, io)
  return {code, stdout, stderr}
}

/** Cables of very different sizes (so that workers finish out of order), named so that sorting matters. */
function folderOfCables(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const padding = Array.from({length: (index % 5) * 60}, (_, line) => `${line + 20}. (U) Filler paragraph ${line} about the weather.`).join('\n\n')
    // Names not in creation order: c-07, b-13…; the report must follow the sorted order.
    const name = `${'cba'[index % 3]}-${String((index * 7) % count).padStart(2, '0')}.txt`
    files[`cables/${name}`] = `${cableText}\n${padding}\n`
  }
  return files
}

describe('batch: worker pool', () => {
  it('--jobs 2 reports files in sorted input order, the same report as --jobs 1', async () => {
    const files = folderOfCables(40)
    const dir = workspace(files)
    const sorted = Object.keys(files).sort()
    const two = await cliWith(['lint', 'cables', '--format', 'json', '--jobs', '2'], dir)
    expect(two.code).toBe(1)
    const report = JSON.parse(two.stdout) as {files: Array<{path: string; messages: unknown[]}>}
    expect(report.files.map((file) => file.path)).toEqual(sorted)
    expect(report.files.every((file) => file.messages.length > 0)).toBe(true)
    const one = await cliWith(['lint', 'cables', '--format', 'json', '--jobs', '1'], dir)
    expect(one.stdout).toBe(two.stdout)
    // Stylish prints related places (message causes): they survive the trip from the worker.
    const stylishOne = await cliWith(['lint', 'cables', '--jobs', '1'], dir)
    const stylishTwo = await cliWith(['lint', 'cables', '--jobs', '2'], dir)
    expect(stylishTwo.stdout).toBe(stylishOne.stdout)
  })

  it('check --out with --jobs 2 writes the same copies as --jobs 1', async () => {
    const dir = workspace(folderOfCables(12))
    const one = await cliWith(['check', 'cables', '--out', 'one', '--jobs', '1'], dir)
    const two = await cliWith(['check', 'cables', '--out', 'two', '--jobs', '2'], dir)
    expect(two.code).toBe(one.code)
    const names = readdirSync(join(dir, 'one', 'public')).sort()
    expect(names).toHaveLength(12)
    expect(readdirSync(join(dir, 'two', 'public')).sort()).toEqual(names)
    for (const name of names) expect(readFileSync(join(dir, 'two', 'public', name), 'utf8')).toBe(readFileSync(join(dir, 'one', 'public', name), 'utf8'))
  })

  for (const [how, jobs] of [['throws', '2'], ['exits its worker', '2'], ['throws in-process', '1']] as const) {
    it(`a cable that ${how} is reported with its path, the others are written (exit 3)`, async () => {
      const files = folderOfCables(10)
      files['cables/b-crashme.txt'] = cableText
      const dir = workspace(files)
      const hook = how === 'exits its worker' ? 'crashme:exit' : 'crashme'
      const result = await cliWith(['check', 'cables', '--out', 'out', '--jobs', jobs, '--format', 'json'], dir, {env: {CI: 'true', CABLELINT_TEST_CRASH: hook}})
      expect(result.code).toBe(3)
      expect(result.stderr).toContain("internal error on 'cables/b-crashme.txt'")
      const written = readdirSync(join(dir, 'out', 'public')).sort()
      expect(written).toEqual(Object.keys(files).map((name) => name.slice('cables/'.length)).filter((name) => name !== 'b-crashme.txt').sort())
      // The lint report has every other cable, in order.
      const report = JSON.parse(result.stdout) as {files: Array<{path: string}>}
      expect(report.files.map((file) => file.path)).toEqual(Object.keys(files).filter((name) => !name.includes('crashme')).sort())
      expect(result.stderr).toMatch(/internal errors\s+1/)
    })
  }

  for (const jobs of ['1', '2']) {
    it(`a rule that throws on a cable is in the report and the summary, and the run exits 2, never 0 (--jobs ${jobs})`, async () => {
      const dir = workspace({'cables/a.txt': cableText, 'cables/b-rulecrash.txt': cableText})
      // Findings alone exit 1; a rule error on top of them exits 2.
      const findings = await cliWith(['lint', 'cables', '--jobs', jobs, '--format', 'json'], dir)
      expect(findings.code).toBe(1)
      const result = await cliWith(['lint', 'cables', '--jobs', jobs, '--format', 'json'], dir, {env: {CI: 'true', CABLELINT_TEST_CRASH: 'rulecrash:rule'}})
      expect(result.code).toBe(2)
      const report = JSON.parse(result.stdout) as {files: Array<{path: string; internalErrors?: Array<{ruleId: string}>}>}
      expect(report.files.map((file) => [file.path, file.internalErrors?.map((error) => error.ruleId)])).toEqual([
        ['cables/a.txt', undefined],
        ['cables/b-rulecrash.txt', ['portion-marking']],
      ])
      expect(result.stderr).toMatch(/internal errors\s+1/)
    })
  }
})

describe('batch: the report, file after file', () => {
  it('--output holds, in every format, the very report standard output shows, for --jobs 1 and 2', async () => {
    const dir = workspace(folderOfCables(40))
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const shown = await cliWith(['lint', 'cables', '--format', format, '--jobs', '1'], dir)
      expect(shown.stdout.length).toBeGreaterThan(0)
      for (const jobs of ['1', '2']) {
        const saved = await cliWith(['lint', 'cables', '--format', format, '--jobs', jobs, '--output', `reports/${format}-${jobs}.txt`], dir)
        expect(saved.code).toBe(shown.code)
        expect(saved.stdout).toBe('')
        expect(readFileSync(join(dir, 'reports', `${format}-${jobs}.txt`), 'utf8')).toBe(shown.stdout)
      }
    }
    // Nothing but the reports: no temporary left beside them.
    expect(readdirSync(join(dir, 'reports')).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('the stylish report tallies the whole run once, at the end', async () => {
    const dir = workspace(folderOfCables(12))
    const result = await cliWith(['lint', 'cables', '--jobs', '2'], dir)
    const tallies = result.stdout.split('\n').filter((line) => /messages \(|^✖ \d|^⚠ \d/.test(line))
    expect(tallies).toHaveLength(1)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(tallies[0])
    const counted = /(\d+) errors?/.exec(tallies[0]!)?.[1]
    expect(result.stderr).toContain(`${counted} error`)
  })

  it('a report that cannot be written is a usage error, and nothing is left in its place', async () => {
    // `reports` is a file, so `reports/lint.json` cannot be made.
    const dir = workspace({...folderOfCables(4), reports: 'a file'})
    const result = await cliWith(['lint', 'cables', '--format', 'json', '--output', 'reports/lint.json'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("cannot write the report to 'reports/lint.json'")
    expect(readFileSync(join(dir, 'reports'), 'utf8')).toBe('a file')
  })
})

describe('batch: writing', () => {
  it('a copy that cannot be written stops the run with exit 2 naming the cable', async () => {
    // `out/public` is a file: no copy can be written under it.
    const dir = workspace({...folderOfCables(6), 'out/public': 'not a folder'})
    const result = await cliWith(['check', 'cables', '--out', 'out', '--jobs', '2'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/cannot write the redacted copy of 'cables\/[abc]-\d\d\.txt' under 'out'/)
    expect(readdirSync(join(dir, 'out'))).not.toContain('review.tmp')
  })
})

describe('batch: progress and summary', () => {
  const erase = '\r\u001B[K'

  it('draws progress on a terminal outside CI, and erases it', async () => {
    const dir = workspace(folderOfCables(3))
    const result = await cliWith(['lint', 'cables', '--jobs', '1'], dir, {env: {}, tty: true})
    expect(result.stderr).toContain(erase)
    expect(result.stderr).toMatch(/\d+\/3 files/)
    // Erased before the summary: nothing of the line is left after the last erase.
    expect(result.stderr.slice(result.stderr.lastIndexOf(erase))).not.toMatch(/\d+\/3 files/)
    expect(result.stderr).toContain('3/3 files')
    expect(result.stdout).not.toContain('files')
  })

  it('draws nothing with --no-progress, in CI, or when stderr is not a terminal', async () => {
    const dir = workspace(folderOfCables(3))
    const cases = [
      await cliWith(['lint', 'cables', '--no-progress'], dir, {env: {}, tty: true}),
      await cliWith(['lint', 'cables'], dir, {env: {CI: 'true'}, tty: true}),
      await cliWith(['lint', 'cables'], dir, {env: {}, tty: false}),
    ]
    for (const result of cases) {
      expect(result.stderr).not.toContain('\r')
      expect(result.stderr).not.toMatch(/\d+\/\d+ files/)
    }
  })

  it('lint prints its summary on stderr, standard output holds the report alone', async () => {
    const dir = workspace(folderOfCables(4))
    const result = await cliWith(['lint', 'cables', '--format', 'json'], dir)
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow()
    expect(result.stderr).toContain('Lint summary')
    expect(result.stderr).toMatch(/cables\s+4\n/)
    const errors = (JSON.parse(result.stdout) as {summary: {errors: number; warnings: number; infos: number}}).summary
    expect(result.stderr).toContain(`findings  ${errors.errors} errors, ${errors.warnings} warnings, ${errors.infos} infos`)
    expect(result.stderr).toMatch(/time\s+\d+\.\d\d s \(\d+\.\d MB\/s\)/)
  })

  it('redact prints spans by reason in its summary', async () => {
    const dir = workspace(folderOfCables(2))
    const result = await cliWith(['redact', 'cables', '--out', 'out', '--release', 'U'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Redaction summary')
    expect(result.stderr).toMatch(/spans\s+\d+/)
    expect(result.stderr).toMatch(/ {4}portion-above-release\s+\d+/)
    expect(result.stderr).toMatch(/written\s+2 /)
  })
})

describe('batch: Ctrl-C', () => {
  function files(folder: string): string[] {
    return readdirSync(folder, {recursive: true, encoding: 'utf8'}).sort()
  }

  it('SIGINT stops the run: exit 130, no temporary or partial file, the copies written are whole', async () => {
    const dir = workspace(folderOfCables(400))
    const reference = await cliWith(['check', 'cables', '--out', 'reference', '--jobs', '1'], dir)
    expect(reference.stderr).toMatch(/written\s+400 /)

    const repo = resolve(import.meta.dirname, '..')
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
    const child = spawn(process.execPath, ['--import', tsx, join(repo, 'src', 'cli', 'bin.ts'), 'check', 'cables', '--out', 'out', '--jobs', '2'], {cwd: dir, stdio: 'ignore'})
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    // Interrupt once the first copies are in place, well before the end.
    const deadline = Date.now() + 60_000
    while (!existsSync(join(dir, 'out', 'public')) || readdirSync(join(dir, 'out', 'public')).length < 5) {
      if (Date.now() > deadline) throw new Error('the run wrote nothing in 60 s')
      await new Promise((wait) => setTimeout(wait, 5))
    }
    child.kill('SIGINT')
    const code = await exited
    expect(code).toBe(130)

    const written = files(join(dir, 'out'))
    expect(written.filter((name) => name.endsWith('.tmp'))).toEqual([])
    const copies = written.filter((name) => name.startsWith('public/') && name.endsWith('.txt'))
    expect(copies.length).toBeGreaterThan(0)
    // Stopped early (else the test proves nothing), and every copy there is complete.
    expect(copies.length).toBeLessThan(400)
    for (const name of copies) expect(readFileSync(join(dir, 'out', name), 'utf8')).toBe(readFileSync(join(dir, 'reference', name), 'utf8'))
  })

  it('a reader that stops early (| head) ends the run quietly with exit 141, as SIGPIPE would', async () => {
    const dir = workspace(folderOfCables(400))
    const repo = resolve(import.meta.dirname, '..')
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
    const child = spawn(process.execPath, ['--import', tsx, join(repo, 'src', 'cli', 'bin.ts'), 'lint', 'cables', '--jobs', '2', '--format', 'json'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    // Read the first piece of the report, then close the pipe, as `head -c` does.
    await new Promise<void>((done) => child.stdout.once('data', () => done()))
    child.stdout.destroy()
    expect(await exited).toBe(141)
    expect(stderr).not.toMatch(/EPIPE|node:events|at /)
  })

  it('SIGINT while lint writes --output: exit 130, neither the report nor its temporary is left', async () => {
    const dir = workspace(folderOfCables(400))
    const repo = resolve(import.meta.dirname, '..')
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
    const child = spawn(process.execPath, ['--import', tsx, join(repo, 'src', 'cli', 'bin.ts'), 'lint', 'cables', '--jobs', '2', '--format', 'json', '--output', 'report.json'], {cwd: dir, stdio: 'ignore'})
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    // Interrupt once the report's first files are in its temporary, well before the end.
    const temporary = () => readdirSync(dir).find((name) => name.startsWith('report.json.') && name.endsWith('.tmp'))
    const deadline = Date.now() + 60_000
    for (let name = temporary(); name === undefined || statSync(join(dir, name)).size < 2000; name = temporary()) {
      if (Date.now() > deadline) throw new Error('the run wrote no report in 60 s')
      await new Promise((wait) => setTimeout(wait, 5))
    }
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(readdirSync(dir).filter((name) => name.startsWith('report.json'))).toEqual([])
  })
})

describe('split', () => {
  // Two rows of the release's CSV file: every field quoted, `\"` escaped, header and body over lines.
  const rows = [
    '"1","12/28/2009 18:48","09BEIJING4697","Embassy Beijing","CONFIDENTIAL","","R 281848Z DEC 09\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC 0001","C O N F I D E N T I A L SECTION 01 OF 01 BEIJING 004697\n\nE.O. 12958: DECL: 12/31/2033\nTAGS: PGOV PHUM\nSUBJECT: (U) A TEST CABLE\n\nClassified By: Political Counselor Jane Roe. Reason: 1.4 (d).\n\n1. (S) A \\"SECRET\\" portion under a CONFIDENTIAL banner.\n"\n',
    '"2","12/29/2009 9:30","09BEIJING4698","Embassy Beijing","UNCLASSIFIED","","R 290930Z DEC 09","UNCLAS BEIJING 004698\n\nE.O. 12958: N/A\nTAGS: PGOV\nSUBJECT: TALKS\n\n1. (U) Talks resumed.\n"\n',
  ]

  it('writes each row of the release CSV file byte for byte as DIR/<ID>.txt, which lint then reads', async () => {
    const dir = workspace({'cables.csv': rows.join('')})
    const result = await cli(['split', 'cables.csv', '--out', 'cables'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('rows     2')
    expect(readdirSync(join(dir, 'cables')).sort()).toEqual(['09BEIJING4697.txt', '09BEIJING4698.txt'])
    expect(readFileSync(join(dir, 'cables', '09BEIJING4697.txt'), 'utf8')).toBe(rows[0])
    expect(readFileSync(join(dir, 'cables', '09BEIJING4698.txt'), 'utf8')).toBe(rows[1])
    const linted = await cli(['lint', 'cables', '--format', 'json'], dir)
    const report = JSON.parse(linted.stdout) as {files: Array<{path: string; messages: Array<{ruleId: string; line: number}>}>}
    const first = report.files.find((file) => file.path.endsWith('09BEIJING4697.txt'))
    expect(first?.messages.map((message) => message.ruleId)).toContain('no-portion-above-banner')
  })

  it('stops at a row that is not eight fields, naming its line, and says what the command needs', async () => {
    const dir = workspace({'other.csv': 'id,subject\n08MADRID174,TALKS\n'})
    const result = await cli(['split', 'other.csv', '--out', 'cables'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'other.csv' is not the release's CSV file: the row at line 1 has 2 fields, expected 8")
    const noOut = await cli(['split', 'other.csv'], dir)
    expect(noOut.code).toBe(2)
    expect(noOut.stderr).toContain("'split' needs --out DIR")
  })
})
