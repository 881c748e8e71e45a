import {describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {createJsonReport, formatJson} from '../../../src/report/json.js'
import {jsonReportSchema} from '../../../src/report/json-schema.js'
import {cableFile, finding, reportFile} from './fixtures.js'

describe('formatJson', () => {
  const files = [
    reportFile(
      [
        finding({messageId: 'aboveBanner', fingerprint: 'f00d'}),
        finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 8, 42, 3, 13, 47]}),
        finding({ruleId: 'paragraph-numbering', severity: 'info', place: [3, 1, 35, 3, 3, 37]}),
      ],
      {suppressed: [finding({ruleId: 'portion-marking', severity: 'warning', place: [2, 1, 13, 2, 3, 15], justification: 'Ticket 12'})]},
    ),
    reportFile([], {file: cableFile('cables\\b.txt')}),
  ]

  it('passes its own zod schema after a JSON round trip', () => {
    const parsed = jsonReportSchema.parse(JSON.parse(formatJson(files)))
    expect(parsed.version).toBe(1)
    expect(parsed.files.map((file) => file.path)).toEqual(['cables/09STATE1.txt', 'cables/b.txt'])
  })

  it('has a schema that rejects what is not the shape', () => {
    const report = createJsonReport(files)
    expect(jsonReportSchema.safeParse({...report, version: 2}).success).toBe(false)
    const bad = structuredClone(report) as {files: Array<{messages: Array<{severity: string}>}>}
    const message = bad.files[0]?.messages[0]
    if (!message) throw new Error('no message')
    message.severity = 'fatal'
    expect(jsonReportSchema.safeParse(bad).success).toBe(false)
    expect(jsonReportSchema.safeParse({...report, extra: true}).success).toBe(false)
  })

  it('gives each message its place, severity, rule and url; suppressed ones carry the justification', () => {
    const [first] = createJsonReport(files).files
    expect(first?.messages).toEqual([
      {
        ruleId: 'portion-marking',
        severity: 'warning',
        message: 'Unexpected portion marked `S` under a `U` banner, expected `U` or lower',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 3,
        offset: 13,
        endOffset: 15,
        url: 'docs/rules.md#portion-marking',
        suppressed: {justification: 'Ticket 12'},
      },
      {
        ruleId: 'no-portion-above-banner',
        messageId: 'aboveBanner',
        severity: 'error',
        message: 'Unexpected portion marked `S` under a `U` banner, expected `U` or lower',
        line: 2,
        column: 4,
        endLine: 2,
        endColumn: 7,
        offset: 16,
        endOffset: 19,
        url: 'docs/rules.md#no-portion-above-banner',
        fingerprint: 'f00d',
      },
      expect.objectContaining({ruleId: 'paragraph-numbering', severity: 'info', line: 3, column: 1, offset: 35, endOffset: 37}),
      expect.objectContaining({ruleId: 'portion-marking', severity: 'warning', line: 3, column: 8, endLine: 3, endColumn: 13, offset: 42, endOffset: 47}),
    ])
  })

  it('counts active findings by severity, suppressed ones apart, and files', () => {
    expect(createJsonReport(files).summary).toEqual({errors: 1, warnings: 1, infos: 1, suppressed: 1, files: 2})
  })

  it('writes null for what a message without a place lacks', () => {
    const message = new VFileMessage('Cannot decode input')
    message.fatal = true
    const report = createJsonReport([reportFile([message], {file: cableFile(null)})], {defaultName: '<stdin>'})
    expect(jsonReportSchema.parse(report).files[0]).toEqual({
      path: '<stdin>',
      messages: [
        {ruleId: null, severity: 'error', message: 'Cannot decode input', line: null, column: null, endLine: null, endColumn: null, offset: null, endOffset: null, url: null},
      ],
    })
  })

  it('lists rules that threw under their file', () => {
    const report = createJsonReport([reportFile([], {internalErrors: [{ruleId: 'portion-marking', message: 'boom'}]})])
    expect(jsonReportSchema.parse(report).files[0]?.internalErrors).toEqual([{ruleId: 'portion-marking', message: 'boom'}])
  })

  it('keeps errors only when quiet', () => {
    const report = createJsonReport(files, {quiet: true})
    expect(report.files[0]?.messages.map((message) => message.ruleId)).toEqual(['no-portion-above-banner'])
    expect(report.summary).toEqual({errors: 1, warnings: 0, infos: 0, suppressed: 0, files: 2})
  })

  it('ends with a newline and is an empty list for no files', () => {
    const output = formatJson([])
    expect(output.endsWith('}\n')).toBe(true)
    expect(JSON.parse(output)).toEqual({version: 1, files: [], summary: {errors: 0, warnings: 0, infos: 0, suppressed: 0, files: 0}})
  })
})
