import {describe, expect, it} from 'vitest'
import {formatStylish, stylishPart} from '../../../src/report/stylish.js'
import {cableFile, finding, reportFile} from './fixtures.js'

const escape = '\u001b['

describe('formatStylish', () => {
  const files = [
    reportFile(
      [
        finding({reason: 'Unexpected `S`, expected `U`'}),
        finding({ruleId: 'portion-marking', severity: 'warning', reason: 'Unexpected unmarked paragraph', place: [3, 8, 42, 3, 13, 47]}),
      ],
      {suppressed: [finding({ruleId: 'paragraph-numbering', reason: 'Suppressed one', justification: 'ok'})]},
    ),
  ]

  it('lists the file, then each message with place, severity, text, rule and source', () => {
    const lines = formatStylish(files).split('\n')
    expect(lines[0]).toBe('cables/09STATE1.txt')
    expect(lines[1]).toMatch(/^2:4-2:7 +error +Unexpected `S`, expected `U` +no-portion-above-banner +cablelint$/)
    expect(lines[2]).toMatch(/^3:8-3:13 +warning +Unexpected unmarked paragraph +portion-marking +cablelint$/)
    expect(lines.at(-1)).toBe('2 messages (✖ 1 error, ⚠ 1 warning)')
  })

  it('does not show suppressed findings', () => {
    expect(formatStylish(files)).not.toContain('Suppressed one')
  })

  it('uses no colour by default and ANSI colour when asked', () => {
    expect(formatStylish(files)).not.toContain(escape)
    expect(formatStylish(files, {color: false})).not.toContain(escape)
    expect(formatStylish(files, {color: true})).toContain(escape)
  })

  it('shows errors only when quiet, and hides clean files', () => {
    const output = formatStylish([...files, reportFile([], {file: cableFile('clean.txt')})], {quiet: true})
    expect(output).toContain('no-portion-above-banner')
    expect(output).not.toContain('portion-marking cablelint')
    expect(output).not.toContain('clean.txt')
    expect(output.split('\n').at(-1)).toBe('✖ 1 error')
  })

  it('reports a clean file as such, and a file without path by the default name', () => {
    expect(formatStylish([reportFile([], {file: cableFile(null)})])).toBe('<stdin>: no issues found')
    expect(formatStylish([reportFile([], {file: cableFile(null)})], {defaultName: 'input'})).toBe('input: no issues found')
  })

  it('shows rules that threw as errors', () => {
    const output = formatStylish([reportFile([], {internalErrors: [{ruleId: 'portion-marking', message: 'boom'}]})])
    expect(output).toContain('error')
    expect(output).toContain('Internal error in rule `portion-marking`: boom')
  })

  it('does not report messages the caller left out of `messages`', () => {
    const file = cableFile()
    file.messages.push(finding({reason: 'Already on the file'}))
    expect(formatStylish([reportFile([], {file})])).toBe('cables/09STATE1.txt: no issues found')
  })
})

describe('formatStylish: a file with very many messages', () => {
  it(`reports more than ${stylishPart.toLocaleString('en')} messages of one file in parts, under one file line, every message once`, () => {
    const count = stylishPart * 2 + 7
    const messages = Array.from({length: count}, (_, index) => finding({severity: 'warning', reason: `Unexpected number ${index}`}))
    const lines = formatStylish([reportFile(messages)]).split('\n')
    expect(lines.filter((line) => line === 'cables/09STATE1.txt')).toHaveLength(1)
    const rows = lines.filter((line) => /warning +Unexpected number \d+/.test(line))
    expect(rows).toHaveLength(count)
    // Every message once; a part's rows are its own messages (vfile-reporter orders the rows of a
    // part, which share a place here, by their text).
    const numbers = rows.map((line) => Number(/Unexpected number (\d+)/.exec(line)?.[1]))
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({length: count}, (_, index) => index))
    expect(numbers.slice(0, stylishPart).every((number) => number < stylishPart)).toBe(true)
    expect(lines.at(-1)).toBe(`⚠ ${count} warnings`)
  })

  it('keeps 200,000 messages of one file (vfile-reporter alone overflowed the stack)', () => {
    const messages = Array.from({length: 200_000}, () => finding({severity: 'warning'}))
    expect(() => formatStylish([reportFile(messages)])).not.toThrow()
  })
})
