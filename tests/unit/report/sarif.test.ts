import {readFileSync} from 'node:fs'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import fc from 'fast-check'
import type * as Sarif from 'sarif'
import {describe, expect, it} from 'vitest'
import {rules as registry} from '../../../rules/index.js'
import type {ReportFile} from '../../../src/report/report-file.js'
import {createSarifLog, createSarifStream, fnv1a64, formatSarif, type SarifOptions} from '../../../src/report/sarif.js'
import {cableFile, cableText, finding, reportFile, testRules} from './fixtures.js'

const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as {$schema: string}
// The OASIS schema declares draft-04 (`id`, not `$id`), which plain Ajv (draft-07) cannot load.
const ajv = new AjvDraft04.default({allErrors: true, strict: false})
ajvFormats.default(ajv)
const validate = ajv.compile(schema)

function expectValid(output: string): Sarif.Log {
  const log = JSON.parse(output) as Sarif.Log
  const valid = validate(log)
  expect(validate.errors ?? []).toEqual([])
  expect(valid).toBe(true)
  return log
}

function onlyRun(log: Sarif.Log): Sarif.Run {
  expect(log.runs).toHaveLength(1)
  const run = log.runs[0]
  if (!run) throw new Error('no run')
  return run
}

function resultsOf(log: Sarif.Log): Sarif.Result[] {
  return onlyRun(log).results ?? []
}

describe('formatSarif', () => {
  it('declares draft-04 in the schema fixture (so the matching Ajv class is used)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#')
  })

  it('has a validator that can fail (a `fatal` level is not SARIF)', () => {
    const log = createSarifLog([reportFile([finding()])], {rules: testRules}) as unknown as {runs: Array<{results: Array<{level: string}>}>}
    const result = log.runs[0]?.results[0]
    if (!result) throw new Error('no result')
    result.level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('validates against the OASIS 2.1.0 schema with every kind of finding', () => {
    const files = [
      reportFile(
        [
          finding(),
          finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 1, 35, 3, 30, 64], messageId: 'missing', fingerprint: 'abc123'}),
          finding({ruleId: 'paragraph-numbering', severity: 'info', place: [3, 1, 35, 3, 3, 37]}),
          finding({ruleId: 'not-a-known-rule'}),
        ],
        {
          suppressed: [finding({ruleId: 'portion-marking', severity: 'warning', justification: 'Unmarked in the original'})],
          internalErrors: [{ruleId: 'no-portion-above-banner', message: 'boom'}],
        },
      ),
      reportFile([], {file: cableFile('cables/with space#1.txt')}),
      reportFile([], {file: cableFile('/home/u/project/cables/b.txt')}),
    ]
    const withUris = expectValid(
      formatSarif(files, {rules: testRules, version: '0.1.0', docsBaseUri: 'file:///opt/cablelint/', informationUri: 'https://example.org/cablelint', cwd: '/home/u/project'}),
    )
    expect(resultsOf(withUris)).toHaveLength(5)
    // Without the optional URIs too (helpUri must then be left out: the schema wants it absolute).
    const bare = expectValid(formatSarif(files, {rules: testRules}))
    expect(onlyRun(bare).tool.driver.rules?.every((rule) => rule.helpUri === undefined)).toBe(true)
  })

  it('validates with the real registry and no findings, keeping an empty results array', () => {
    const log = expectValid(formatSarif([reportFile([])], {version: '1.2.3'}))
    expect(onlyRun(log).results).toEqual([])
    expect(onlyRun(log).invocations).toEqual([{executionSuccessful: true}])
  })

  it('describes the tool with the passed version and every rule of the registry, sorted by id', () => {
    const driver = onlyRun(createSarifLog([], {version: '9.8.7', informationUri: 'https://example.org/x'})).tool.driver
    expect(driver.name).toBe('cablelint')
    expect(driver.version).toBe('9.8.7')
    expect(driver.informationUri).toBe('https://example.org/x')
    const ids = (driver.rules ?? []).map((rule) => rule.id)
    expect(ids).toEqual(Object.keys(registry).sort())
    expect(ids.length).toBeGreaterThan(0)
    for (const descriptor of driver.rules ?? []) {
      const rule = registry[descriptor.id]
      if (!rule) throw new Error(`unknown ${descriptor.id}`)
      expect(descriptor.shortDescription?.text).toBe(rule.summary)
      expect(descriptor.fullDescription?.text).toContain(rule.authority)
      expect(descriptor.help?.text).toContain(rule.authority)
      expect(descriptor.help?.text).toContain(`docs/rules.md#${rule.id}`)
    }
  })

  it('maps rule metadata: levels, helpUri resolved against the docs base', () => {
    const rules = onlyRun(createSarifLog([], {rules: testRules, docsBaseUri: 'https://example.org/cablelint/'})).tool.driver.rules ?? []
    expect(rules.map((rule) => [rule.id, rule.defaultConfiguration?.level, rule.helpUri])).toEqual([
      ['no-portion-above-banner', 'error', 'https://example.org/cablelint/docs/rules.md#no-portion-above-banner'],
      ['paragraph-numbering', 'note', 'https://example.org/cablelint/docs/rules.md#paragraph-numbering'],
      ['portion-marking', 'warning', 'https://example.org/cablelint/docs/rules.md#portion-marking'],
    ])
    expect(rules[0]?.fullDescription?.text).toBe('A portion is marked higher than the banner. Authority: 32 CFR 2001.21(c)')
  })

  it('gives each result its rule id, rule index, level, message and the message place as region', () => {
    const log = createSarifLog(
      [
        reportFile([
          finding({reason: 'Unexpected `S`, expected `U`'}),
          finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 8, 42, 3, 13, 47]}),
          finding({ruleId: 'paragraph-numbering', severity: 'info', place: [3, 1, 35, 4, 1, 65]}),
        ]),
      ],
      {rules: testRules},
    )
    const results = resultsOf(log)
    expect(results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['no-portion-above-banner', 0, 'error'],
      ['paragraph-numbering', 1, 'note'],
      ['portion-marking', 2, 'warning'],
    ])
    expect(results[0]?.message.text).toBe('Unexpected `S`, expected `U`')
    const location = results[0]?.locations?.[0]?.physicalLocation
    expect(location?.artifactLocation?.uri).toBe('cables/09STATE1.txt')
    expect(location?.region).toEqual({startLine: 2, startColumn: 4, endLine: 2, endColumn: 7, charOffset: 16, charLength: 3})
    expect(results[1]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 3,
      startColumn: 1,
      endLine: 4,
      endColumn: 1,
      charOffset: 35,
      charLength: 30,
    })
    expect(results[2]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 3,
      startColumn: 8,
      endLine: 3,
      endColumn: 13,
      charOffset: 42,
      charLength: 5,
    })
  })

  it('leaves out ruleIndex for a rule it does not know', () => {
    const [result] = resultsOf(createSarifLog([reportFile([finding({ruleId: 'mystery'})])], {rules: testRules}))
    expect(result?.ruleId).toBe('mystery')
    expect(result?.ruleIndex).toBeUndefined()
  })

  it('writes paths relative, with forward slashes and percent-encoding, under %SRCROOT% when cwd is given', () => {
    const uris = (log: Sarif.Log) => resultsOf(log).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation)
    const files = [
      reportFile([finding()], {file: cableFile('cables\\a b.txt')}),
      reportFile([finding()], {file: cableFile('/work/repo/cables/c.txt')}),
      reportFile([finding()], {file: cableFile('/elsewhere/d.txt')}),
    ]
    expect(uris(createSarifLog(files, {rules: testRules}))).toEqual([{uri: 'cables/a%20b.txt'}, {uri: 'file:///work/repo/cables/c.txt'}, {uri: 'file:///elsewhere/d.txt'}])
    const rooted = createSarifLog(files, {rules: testRules, cwd: '/work/repo'})
    expect(uris(rooted)).toEqual([
      {uri: 'cables/a%20b.txt', uriBaseId: '%SRCROOT%'},
      {uri: 'cables/c.txt', uriBaseId: '%SRCROOT%'},
      {uri: 'file:///elsewhere/d.txt'},
    ])
    expect(onlyRun(rooted).originalUriBaseIds).toEqual({'%SRCROOT%': {uri: 'file:///work/repo/'}})
  })

  it('marks suppressed findings with an external suppression and its justification', () => {
    const results = resultsOf(
      createSarifLog([reportFile([finding()], {suppressed: [finding({ruleId: 'portion-marking', place: [3, 8, 42, 3, 13, 47], justification: 'See ticket 12'})]})], {
        rules: testRules,
      }),
    )
    expect(results.map((result) => [result.ruleId, result.suppressions])).toEqual([
      ['no-portion-above-banner', undefined],
      ['portion-marking', [{kind: 'external', justification: 'See ticket 12'}]],
    ])
  })

  it('reports rules that threw as tool notifications, not results', () => {
    const run = onlyRun(createSarifLog([reportFile([], {internalErrors: [{ruleId: 'portion-marking', message: 'boom'}]})], {rules: testRules}))
    expect(run.results).toEqual([])
    expect(run.invocations?.[0]?.executionSuccessful).toBe(false)
    const [notification] = run.invocations?.[0]?.toolExecutionNotifications ?? []
    expect(notification?.level).toBe('error')
    expect(notification?.associatedRule).toEqual({id: 'portion-marking', index: 2})
    expect(notification?.message.text).toContain('boom')
  })

  it('never carries the flagged text (no snippets, no contents)', () => {
    const output = formatSarif([reportFile([finding({ruleId: 'no-protected-source', place: [3, 8, 42, 3, 13, 47], reason: 'Unexpected protected name'})])], {rules: testRules})
    expect(cableText.slice(42, 47)).toBe('SMITH')
    expect(output).not.toContain('SMITH')
    expect(output).not.toContain('snippet')
  })

  it('includes the engine fingerprint and message id as result properties', () => {
    const [result] = resultsOf(createSarifLog([reportFile([finding({messageId: 'aboveBanner', fingerprint: '0123abcd'})])], {rules: testRules}))
    expect(result?.properties).toEqual({messageId: 'aboveBanner', fingerprint: '0123abcd'})
  })

  it('applies quiet: errors only', () => {
    const results = resultsOf(
      createSarifLog([reportFile([finding(), finding({ruleId: 'portion-marking', severity: 'warning'})])], {rules: testRules, quiet: true}),
    )
    expect(results.map((result) => result.ruleId)).toEqual(['no-portion-above-banner'])
  })
})

describe('partialFingerprints', () => {
  const fingerprintsOf = (text: string, places: Array<[number, number, number, number, number, number]>, ruleId = 'no-portion-above-banner') =>
    resultsOf(createSarifLog([reportFile(places.map((place) => finding({ruleId, place})), {file: cableFile('a.txt', text)})], {rules: testRules})).map(
      (result) => result.partialFingerprints?.['cablelint/v1'],
    )

  it('is 16 hex digits', () => {
    const [print] = fingerprintsOf(cableText, [[2, 4, 16, 2, 7, 19]])
    expect(print).toMatch(/^[0-9a-f]{16}$/)
  })

  it('does not change when lines are inserted above the finding', () => {
    const [before] = fingerprintsOf(cableText, [[2, 8, 20, 2, 21, 33]])
    const moved = 'UNCLASSIFIED\n\nNEW LINE\n1. (S) Talks resumed.\n2. (S) SMITH (protect) spoke.\n'
    expect(moved.slice(30, 43)).toBe('Talks resumed')
    const [after] = fingerprintsOf(moved, [[4, 8, 30, 4, 21, 43]])
    expect(after).toBe(before)
  })

  it('ignores how white space is laid out inside the span', () => {
    const [a] = fingerprintsOf('x Talks  resumed y', [[1, 3, 2, 1, 17, 16]])
    const [b] = fingerprintsOf('x Talks\nresumed y', [[1, 3, 2, 2, 8, 15]])
    expect(a).toBe(b)
  })

  it('tells apart the same text flagged twice (occurrence index), other text and other rules', () => {
    // Both `(S)` portion markings: line 2 col 4 and line 3 col 4.
    const [first, second] = fingerprintsOf(cableText, [
      [2, 4, 16, 2, 7, 19],
      [3, 4, 38, 3, 7, 41],
    ])
    expect(cableText.slice(16, 19)).toBe(cableText.slice(38, 41))
    expect(first).not.toBe(second)
    const [other] = fingerprintsOf(cableText, [[2, 8, 20, 2, 21, 33]])
    expect(other).not.toBe(first)
    const [otherRule] = fingerprintsOf(cableText, [[2, 4, 16, 2, 7, 19]], 'portion-marking')
    expect(otherRule).not.toBe(first)
  })
})

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })
})

describe('createSarifStream', () => {
  // Files with results, without, with a rule that threw, and both.
  const streamSamples: ReportFile[] = [
    reportFile([finding(), finding({ruleId: 'portion-marking', severity: 'warning', place: [3, 8, 42, 3, 13, 47]})]),
    reportFile([], {file: cableFile('cables/clean.txt')}),
    reportFile([], {file: cableFile('cables/threw.txt'), internalErrors: [{ruleId: 'portion-marking', message: 'boom'}]}),
    reportFile([finding({severity: 'info', place: [3, 1, 35, 3, 3, 37]})], {file: cableFile('cables/both.txt'), internalErrors: [{ruleId: 'paragraph-numbering', message: 'bang'}]}),
  ]

  function streamed(files: readonly ReportFile[], options: SarifOptions): string {
    const stream = createSarifStream(options)
    return files.map((file) => stream.file(file)).join('') + stream.end()
  }

  it('writes, a file at a time, the very text of the whole log pretty-printed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...streamSamples), {maxLength: 5}), fc.boolean(), fc.boolean(), (files, quiet, withCwd) => {
        const options: SarifOptions = {rules: testRules, version: '0.1.0', quiet, ...(withCwd ? {cwd: '/work'} : {})}
        expect(streamed(files, options)).toBe(`${JSON.stringify(createSarifLog(files, options), undefined, 2)}\n`)
      }),
    )
  })

  it('gives a file its results as it comes, and holds back only the closing part', () => {
    const stream = createSarifStream({rules: testRules})
    expect(stream.file(streamSamples[1]!)).toBe('')
    const first = stream.file(streamSamples[0]!)
    expect(first).toContain('"results": [')
    expect(first.match(/"ruleId"/g)).toHaveLength(2)
    expect(first).not.toContain('"invocations"')
    const end = stream.end()
    expect(end).toContain('"invocations"')
    expect(end).not.toContain('"ruleId"')
  })
})
