/**
 * The stylish report written a file at a time (a run over thousands of cables holds no finding
 * once its file is out). It must say what vfile-reporter says of the same files: the same
 * lines in the same order, blank lines and closing tally included; only the padding between
 * columns differs, as columns are aligned within each file instead of across the run.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import type {ReportFile} from '../../../src/report/report-file.js'
import {createStylishStream, formatStylish, reportedVFile, stylishTally} from '../../../src/report/stylish.js'
import {cableFile, finding, reportFile} from './fixtures.js'

function streamed(files: readonly ReportFile[], options: {quiet?: boolean; color?: boolean} = {}): string {
  const stream = createStylishStream(options)
  return files.map((file) => stream.file(file)).join('') + stream.end()
}

/** vfile-reporter over the same files (the same VFiles), in the given order, all at once. */
function library(files: readonly ReportFile[], options: {quiet?: boolean; color?: boolean} = {}): string {
  return reporter(files.map(reportedVFile), {color: options.color ?? false, silent: options.quiet ?? false, defaultName: '<stdin>'})
}

/** Lines with every run of spaces made one: what is said, without the column padding. */
const words = (text: string) => text.split('\n').map((line) => line.replace(/ +/g, ' ').trimEnd())

// Paths in sorted order: vfile-reporter sorts files by path, the stream keeps the given order.
const samples: ReportFile[] = [
  reportFile([finding(), finding({ruleId: 'portion-marking', severity: 'warning', reason: 'Unexpected unmarked paragraph in a long sentence', place: [3, 8, 42, 3, 13, 47]})], {
    file: cableFile('cables/a.txt'),
  }),
  reportFile([], {file: cableFile('cables/b.txt')}),
  reportFile([finding({ruleId: 'paragraph-numbering', severity: 'info', place: [3, 1, 35, 3, 3, 37]})], {file: cableFile('cables/c.txt')}),
  reportFile([finding({severity: 'warning', place: [12, 1, 135, 12, 3, 137]})], {file: cableFile('cables/d.txt')}),
  reportFile([], {file: cableFile('cables/e.txt'), internalErrors: [{ruleId: 'portion-marking', message: 'boom'}]}),
]

describe('stylishTally', () => {
  it('is the closing line vfile-reporter writes, for every mix of errors, warnings and infos', () => {
    for (const color of [false, true]) {
      for (const [fatal, warn, info] of [[1, 0, 0], [2, 0, 0], [0, 1, 0], [0, 3, 0], [1, 1, 0], [2, 1, 1], [0, 2, 5], [3, 0, 1], [1, 1, 1]] as const) {
        const file = new VFile({path: 'x.txt'})
        for (let index = 0; index < fatal; index++) file.messages.push(finding({severity: 'error'}))
        for (let index = 0; index < warn; index++) file.messages.push(finding({severity: 'warning'}))
        for (let index = 0; index < info; index++) file.messages.push(finding({severity: 'info'}))
        const last = reporter([file], {color}).split('\n').at(-1)
        expect(stylishTally({fatal, warn, total: fatal + warn + info}, color)).toBe(last)
      }
    }
  })
})

describe('createStylishStream', () => {
  it('writes one file exactly as vfile-reporter does, with a final newline', () => {
    for (const file of samples) {
      for (const quiet of [false, true]) {
        const expected = library([file], {quiet})
        expect(streamed([file], {quiet})).toBe(expected === '' ? '' : `${expected}\n`)
        expect(formatStylish([file], {quiet})).toBe(expected)
      }
    }
    expect(streamed([samples[0]!], {color: true})).toBe(`${library([samples[0]!], {color: true})}\n`)
  })

  it('says what vfile-reporter says of several files: the same lines, padding aside', () => {
    fc.assert(
      fc.property(fc.subarray(samples), fc.boolean(), (files, quiet) => {
        const expected = library(files, {quiet})
        const text = streamed(files, {quiet})
        expect(words(text)).toEqual(expected === '' ? [''] : [...words(expected), ''])
      }),
    )
  })

  it('aligns the columns of each file, not across files', () => {
    const text = streamed([samples[0]!, samples[3]!])
    const rows = text.split('\n').filter((line) => /^\d+:\d+/.test(line))
    // The second file's one row is not padded to the first file's longer message.
    expect(rows[2]).toMatch(/^12:1-12:3 warning Unexpected/)
    expect(rows[0]!.indexOf('error')).toBe(rows[1]!.indexOf('warning'))
  })

  it('closes with the tally of the whole run, once', () => {
    const text = streamed(samples)
    expect(text.match(/messages \(/g)).toHaveLength(1)
    expect(text.endsWith('\n5 messages (✖ 2 errors, ⚠ 2 warnings)\n')).toBe(true)
    expect(streamed([samples[1]!, samples[2]!])).not.toMatch(/✖|⚠/)
  })
})
