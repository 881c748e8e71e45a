/**
 * The streamed JSON report (one file at a time, for runs over thousands of cables) must be the
 * very bytes of the report built at once: scripts parse either without knowing which it was.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createJsonStream, formatJson} from '../../../src/report/json.js'
import type {ReportFile} from '../../../src/report/report-file.js'
import {cableFile, finding, reportFile} from './fixtures.js'

function streamed(files: readonly ReportFile[], quiet = false): string {
  const stream = createJsonStream({quiet})
  return files.map((file) => stream.file(file)).join('') + stream.end()
}

const samples: ReportFile[] = [
  reportFile([finding({messageId: 'aboveBanner', fingerprint: 'f00d'}), finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 8, 42, 3, 13, 47]})], {
    suppressed: [finding({ruleId: 'portion-marking', severity: 'warning', place: [2, 1, 13, 2, 3, 15], justification: 'Ticket 12'})],
  }),
  reportFile([], {file: cableFile('cables/b.txt')}),
  reportFile([finding({ruleId: 'paragraph-numbering', severity: 'info', place: [3, 1, 35, 3, 3, 37]})], {file: cableFile('cables/c "quoted".txt')}),
]

describe('createJsonStream', () => {
  it('gives the same bytes as formatJson for no file, one file and several', () => {
    expect(streamed([])).toBe(formatJson([]))
    expect(streamed(samples.slice(0, 1))).toBe(formatJson(samples.slice(0, 1)))
    expect(streamed(samples)).toBe(formatJson(samples))
    expect(JSON.parse(streamed(samples)).summary).toEqual({errors: 1, warnings: 1, infos: 1, suppressed: 1, files: 3})
  })

  it('gives the same bytes for any sequence of those files, quiet or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...samples), {maxLength: 6}), fc.boolean(), (files, quiet) => streamed(files, quiet) === formatJson(files, {quiet})),
    )
  })
})
