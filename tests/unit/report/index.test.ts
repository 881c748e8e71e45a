import {describe, expect, it} from 'vitest'
import {createReportStream, formatReport, jsonReportSchema, reportFormats} from '../../../src/report/index.js'
import {cableFile, finding, reportFile, testRules} from './fixtures.js'

describe('formatReport', () => {
  const files = [reportFile([finding(), finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 8, 42, 3, 13, 47]})])]

  it('knows the four lint formats', () => {
    expect(reportFormats).toEqual(['stylish', 'json', 'sarif', 'github'])
  })

  it('dispatches to each format with its options', () => {
    expect(formatReport('stylish', files, {color: true})).toContain('\u001b[')
    expect(jsonReportSchema.parse(JSON.parse(formatReport('json', files))).summary).toEqual({errors: 1, warnings: 1, infos: 0, suppressed: 0, files: 1})
    const sarif = JSON.parse(formatReport('sarif', files, {version: '0.1.0', rules: testRules})) as {version: string; runs: Array<{tool: {driver: {version: string}}}>}
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.tool.driver.version).toBe('0.1.0')
    expect(formatReport('github', files, {quiet: true})).toBe(
      '::error file=cables/09STATE1.txt,line=2,col=4,endLine=2,endColumn=7,title=no-portion-above-banner::Unexpected portion marked `S` under a `U` banner, expected `U` or lower\n',
    )
  })
})

describe('createReportStream', () => {
  const files = [
    reportFile([finding(), finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 8, 42, 3, 13, 47]})]),
    reportFile([], {file: cableFile('cables/clean.txt')}),
    reportFile([finding({ruleId: 'paragraph-numbering', severity: 'info', place: [3, 1, 35, 3, 3, 37]})], {file: cableFile('cables/other.txt')}),
  ]

  it('writes in each format, file after file, the report formatReport gives (stylish with its final newline)', () => {
    for (const format of reportFormats) {
      for (const quiet of [false, true]) {
        const options = {quiet, rules: testRules, version: '0.1.0'}
        const stream = createReportStream(format, options)
        const text = files.map((file) => stream.file(file)).join('') + stream.end()
        const whole = formatReport(format, files, options)
        expect(text).toBe(format === 'stylish' && whole !== '' ? `${whole}\n` : whole)
      }
    }
  })
})
