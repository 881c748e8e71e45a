import {closeSync, ftruncateSync, openSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {Io} from '../src/cli/io.js'
import {run} from '../src/cli/run.js'
import {scratchDir} from './helpers/scratch.js'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Seed 002 (08BEIJING4697): banner `C O N F I D E N T I A L SECTION 01 OF 03`. */
const seed = 'seeds/002_77402857c6bbb7a2.txt'

function fakeIo(options: {stdin?: Uint8Array; cwd?: string} = {}) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: {write: (text) => void (stdout += text), isTTY: false},
    stderr: {write: (text) => void (stderr += text), isTTY: false},
    stdin: {read: async () => options.stdin ?? new Uint8Array(), isTTY: false},
    env: {},
    cwd: options.cwd ?? root,
    now: () => 0,
  }
  return {io, out: () => stdout, err: () => stderr}
}

async function cli(argv: string[], options: {stdin?: Uint8Array; cwd?: string} = {}) {
  const fake = fakeIo(options)
  const code = await run(argv, fake.io)
  return {code, stdout: fake.out(), stderr: fake.err()}
}

/** A usage error: exit 2, one message line naming the problem, then a hint pointing at --help. */
function expectUsageError(result: {code: number; stdout: string; stderr: string}, ...parts: string[]) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/^cablelint: /)
  for (const part of parts) expect(lines[0]).toContain(part)
  expect(lines[1]).toMatch(/--help/)
}

/** An input error: exit 2 and exactly one line on stderr that names the path. */
function expectInputError(result: {code: number; stdout: string; stderr: string}, path: string, part: string) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.endsWith('\n')).toBe(true)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toContain(path)
  expect(result.stderr).toContain(part)
}

function scratch() {
  return scratchDir('cli')
}

describe('help and version', () => {
  it('--help lists every command, the options and the exit codes', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^Usage: cablelint/)
    for (const command of ['check', 'lint', 'redact', 'parse', 'rules']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    expect(result.stdout).toContain('--[no-]color')
    for (const code of ['0', '1', '2', '3', '130', '141']) expect(result.stdout).toMatch(new RegExp(`^  ${code} +\\S`, 'm'))
  })

  it('-h is --help', async () => {
    expect((await cli(['-h'])).stdout).toBe((await cli(['--help'])).stdout)
  })

  it('parse --help shows the parse options only', async () => {
    const result = await cli(['parse', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: cablelint parse [options] FILE|-')
    expect(result.stdout).toContain('--json')
    expect(result.stdout).not.toContain('--release')
  })

  it('lint and redact help list the flags from the issues, with their choices and defaults', async () => {
    const lint = (await cli(['lint', '--help'])).stdout
    for (const flag of ['--format stylish|json|sarif|github', '--quiet', '--max-warnings N', '--config FILE', '--rule ID=SEVERITY', '--[no-]color', '--output FILE', '--ext EXT', '--baseline FILE', '--update-baseline', '--jobs N', '--[no-]progress']) {
      expect(lint).toContain(flag)
    }
    expect(lint).toContain('(default: stylish)')
    const redact = (await cli(['redact', '--help'])).stdout
    for (const flag of ['--release U|SBU|C|S', '--out DIR', '--placeholder fixed|label|mask', '--decisions FILE']) expect(redact).toContain(flag)
    expect(redact).not.toContain('--format')
  })

  it('--version prints the package version', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    const result = await cli(['--version'])
    expect(result).toEqual({code: 0, stdout: `${manifest.version}\n`, stderr: ''})
  })
})

describe('usage errors exit 2 with one line and a hint', () => {
  it('no arguments', async () => {
    expectUsageError(await cli([]), 'missing a command')
  })

  it('unknown command, suggesting the closest', async () => {
    expectUsageError(await cli(['pars', 'x.txt']), "unknown command 'pars'", "Did you mean 'parse'?")
    expectUsageError(await cli(['redcat', 'x.txt']), "Did you mean 'redact'?")
  })

  it('unknown command far from any: no suggestion', async () => {
    const result = await cli(['frobnicate'])
    expectUsageError(result, "unknown command 'frobnicate'")
    expect(result.stderr).not.toContain('Did you mean')
  })

  it('unknown flag, suggesting the closest', async () => {
    expectUsageError(await cli(['parse', '--jsn', seed]), "unknown option '--jsn'", "Did you mean '--json'?")
  })

  it('a flag of another command names the commands it belongs to', async () => {
    expectUsageError(await cli(['parse', '--release', 'U', seed]), "'--release'", "'check', 'redact'")
  })

  it('an invalid value says what is expected', async () => {
    expectUsageError(await cli(['lint', '--format', 'xml', seed]), "'--format'", 'one of stylish, json, sarif, github')
    expectUsageError(await cli(['lint', '--max-warnings', 'ten', seed]), "'--max-warnings'", 'whole number')
    expectUsageError(await cli(['redact', '--release', 'TS', seed]), "'--release'", 'one of U, SBU, C, S')
    expectUsageError(await cli(['lint', '--rule', 'no-x=loud', seed]), "'--rule'", 'ID=SEVERITY')
    expectUsageError(await cli(['check', '--jobs', '0', seed]), "'--jobs'")
  })

  it('a flag without its value', async () => {
    expectUsageError(await cli(['lint', seed, '--format']), "'--format' needs a value")
    // A dashed word after it is not taken as its value, and the message says how to give one.
    expectUsageError(await cli(['lint', seed, '--max-warnings', '-1']), "'--max-warnings' needs a value", "'--max-warnings=VALUE'")
    expectUsageError(await cli(['check', seed, '--jobs', '--quiet']), "'--jobs' needs a value", "'--jobs=VALUE'")
  })

  it('a value given to a flag that takes none', async () => {
    expectUsageError(await cli(['lint', seed, '--quiet=yes']), "'--quiet' takes no value")
  })

  it('parse without a file, or with two', async () => {
    expectUsageError(await cli(['parse']), "'parse' needs a file")
    expectUsageError(await cli(['parse', seed, seed]), 'reads one file, but 2 were given')
  })
})

describe('parse', () => {
  it('prints an outline that mentions the banner and its level', async () => {
    const result = await cli(['parse', seed])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const bannerLines = result.stdout.split('\n').filter((line) => /banner/i.test(line))
    expect(bannerLines.length).toBeGreaterThan(0)
    expect(bannerLines.some((line) => /\bC\b|CONFIDENTIAL|C O N F I D E N T I A L/.test(line))).toBe(true)
  })

  it('--json prints the tree as JSON, with the banner at level C', async () => {
    const result = await cli(['parse', '--json', seed])
    expect(result.code).toBe(0)
    const tree = JSON.parse(result.stdout) as {type: string; children: Array<{type: string; marking?: {level: string}}>}
    expect(tree.type).toBe('root')
    expect(tree.children.find((node) => node.type === 'banner')?.marking?.level).toBe('C')
  })

  it('reads standard input for -', async () => {
    const bytes = new Uint8Array(readFileSync(join(root, seed)))
    const fromStdin = await cli(['parse', '--json', '-'], {stdin: bytes})
    const fromFile = await cli(['parse', '--json', seed])
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout).toBe(fromFile.stdout)
  })

  it('flags may stand before the command', async () => {
    const result = await cli(['--no-color', 'parse', '--json', seed])
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as {type: string}).type).toBe('root')
  })

  it('a file with NUL bytes is not text', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
    expectInputError(await cli(['parse', 'image.txt'], {cwd: dir}), "'image.txt'", 'not a text file')
  })

  it('a JSON or HTML document holding a cable is refused, not linted as one line of markup', async () => {
    const dir = scratch()
    const response = {items: [{id: '08MADRID174', classification: 'CONFIDENTIAL', text: 'C O N F I D E N T I A L MADRID 000174\n\n¶1. (C) Talks resumed.'}]}
    writeFileSync(join(dir, 'cable.json'), JSON.stringify(response))
    writeFileSync(join(dir, 'page.html'), "<!DOCTYPE html>\n<html><body><code><pre>S E C R E T ASMARA 000047</pre></code></body></html>\n")
    expectInputError(await cli(['parse', 'cable.json'], {cwd: dir}), "'cable.json'", 'is a JSON document')
    expectInputError(await cli(['parse', 'page.html'], {cwd: dir}), "'page.html'", 'is a HTML document')
    // lint said "no issues found" for it before: the banner in a quoted field looked glued on.
    const linted = await cli(['lint', 'cable.json', '--no-progress'], {cwd: dir})
    expect(linted.code).toBe(2)
    expect(linted.stdout).not.toContain('no issues')
    expect(linted.stderr).toContain("'cable.json' is a JSON document, not a cable's text")
  })

  it('a file larger than any cable is refused before it is read (the release\'s whole cables.csv)', async () => {
    const dir = scratch()
    // Sparse: the size is there, the bytes are not written.
    const fd = openSync(join(dir, 'cables.csv'), 'w')
    ftruncateSync(fd, 64 * 1024 * 1024 + 1)
    closeSync(fd)
    expectInputError(await cli(['parse', 'cables.csv'], {cwd: dir}), "'cables.csv'", 'is 67.1 MB, larger than any cable')
  })

  it('a missing file', async () => {
    expectInputError(await cli(['parse', 'no/such/cable.txt']), "'no/such/cable.txt'", 'no such file')
  })

  it('an empty file', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'empty.txt'), '')
    expectInputError(await cli(['parse', 'empty.txt'], {cwd: dir}), "'empty.txt'", 'is empty')
  })

  it('an empty standard input', async () => {
    expectInputError(await cli(['parse', '-'], {stdin: new Uint8Array()}), 'standard input', 'is empty')
  })

  it('a directory', async () => {
    const dir = scratch()
    mkdirSync(join(dir, 'cables.txt'))
    expectInputError(await cli(['parse', 'cables.txt'], {cwd: dir}), "'cables.txt'", 'is a directory')
  })
})
