import {describe, expect, it} from 'vitest'
import {flags} from '../../../src/cli/flags.js'
import {parseOptions} from '../../../src/cli/options.js'

const cwd = process.cwd()

function options(argv: string[]) {
  const result = parseOptions(argv, cwd)
  if (!result.ok) throw new Error(result.error.message)
  return result.options
}

describe('parseOptions', () => {
  it('applies the defaults from the flag table', () => {
    const parsed = options(['lint', 'a.txt'])
    expect(parsed).toMatchObject({command: 'lint', paths: ['a.txt'], format: 'stylish', ext: ['txt'], progress: true, color: undefined, release: 'U', placeholder: 'fixed'})
    for (const flag of flags.filter((candidate) => candidate.default !== undefined)) expect(flag.commands).not.toBe('all')
  })

  it('collects repeated --rule into a map, later ones winning', () => {
    expect(options(['lint', '--rule', 'a-b=warn', '--rule', 'c=off', '--rule', 'a-b=error', 'x']).rules).toEqual({'a-b': 'error', c: 'off'})
  })

  it('reads --no-color and --no-progress', () => {
    const parsed = options(['check', '--no-color', '--no-progress', 'x'])
    expect(parsed.color).toBe(false)
    expect(parsed.progress).toBe(false)
    expect(options(['check', '--color', 'x']).color).toBe(true)
  })

  it('splits --ext on commas and drops the dot', () => {
    expect(options(['lint', '--ext', '.txt,cable', '--ext', 'TXT', 'x']).ext).toEqual(['txt', 'cable', 'TXT'])
  })

  it('turns numbers into numbers', () => {
    const parsed = options(['check', '-j', '4', '--max-warnings', '0', 'x'])
    expect(parsed.jobs).toBe(4)
    expect(parsed.maxWarnings).toBe(0)
  })

  it('finds the command after flags that take values', () => {
    expect(options(['--ext', 'txt', 'lint', 'x'])).toMatchObject({command: 'lint', paths: ['x']})
    expect(options(['--format=json', 'lint', 'x']).format).toBe('json')
  })

  it('takes a path first as check, and a bare unknown word as a mistyped command', () => {
    expect(options(['seeds/', '--out', 'o'])).toMatchObject({command: 'check', paths: ['seeds/'], out: 'o'})
    expect(options(['-'])).toMatchObject({command: 'check', paths: ['-']})
    const result = parseOptions(['lnt', 'x'], cwd)
    expect(result.ok ? '' : result.error.message).toBe("unknown command 'lnt'. Did you mean 'lint'?")
  })

  it('treats everything after -- as paths', () => {
    expect(options(['parse', '--', '--json']).paths).toEqual(['--json'])
  })
})
