/**
 * Findings cross from a worker as plain data: after a structured clone and `reviveMessage`,
 * every format prints the same report as from the engine's own VFileMessages.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {crashHook, plainMessage, processCable, reviveMessage, type JobSettings} from '../../../src/batch/job.js'
import type {Io} from '../../../src/cli/io.js'
import {defaultConfig} from '../../../src/lint/config.js'
import {lint} from '../../../src/lint/engine.js'
import {formatReport, reportFormats} from '../../../src/report/index.js'

const cable = [
  'C O N F I D E N T I A L SECTION 01 OF 01 BEIJING 004697',
  '',
  'E.O. 12958: DECL: 12/31/2033',
  'TAGS: PGOV PHUM',
  'SUBJECT: (U) A TEST CABLE',
  '',
  '1. (S) Above the banner: this portion is marked higher than the cable.',
  '',
].join('\n')

/** What a worker's result goes through on its way to the main thread. */
const structured = <T>(value: T): T => structuredClone(value)

describe('plainMessage / reviveMessage', () => {
  it('survive a structured clone with every field the formatters read', () => {
    const result = lint(new VFile({path: 'cables/one.txt', value: cable}))
    expect(result.messages.length).toBeGreaterThan(0)
    // A VFileMessage itself does not survive: structured clone keeps only an Error's message.
    const raw = structured(result.messages[0]) as unknown as Record<string, unknown>
    expect(raw.ruleId).toBeUndefined()

    const revived = structured(result.messages.map(plainMessage)).map(reviveMessage)
    for (const [index, message] of revived.entries()) {
      const original = result.messages[index]!
      expect(message.reason).toBe(original.reason)
      expect(message.ruleId).toBe(original.ruleId)
      expect(message.fatal).toBe(original.fatal)
      expect(message.place).toEqual(original.place)
      expect(message.line).toBe(original.line)
      expect(message.url).toBe(original.url)
      expect(message.messageId).toBe(original.messageId)
      expect(message.fingerprint).toBe(original.fingerprint)
    }
    for (const format of reportFormats) {
      const options = {version: '0.0.0', cwd: '/'}
      const expected = formatReport(format, [{file: new VFile({path: 'cables/one.txt', value: cable}), messages: result.messages}], options)
      const actual = formatReport(format, [{file: new VFile({path: 'cables/one.txt', value: cable}), messages: revived}], options)
      expect(actual, format).toBe(expected)
    }
  })
})

describe('crashHook', () => {
  it('throws or exits on matching paths only', () => {
    expect(crashHook({crashOn: undefined}, 'a/bad.txt')).toBeUndefined()
    expect(crashHook({crashOn: ''}, 'a/bad.txt')).toBeUndefined()
    expect(crashHook({crashOn: 'bad'}, 'a/good.txt')).toBeUndefined()
    expect(crashHook({crashOn: 'bad'}, 'a/bad.txt')).toBe('throw')
    expect(crashHook({crashOn: 'bad:exit'}, 'a/bad.txt')).toBe('exit')
  })
})

describe('processCable', () => {
  const settings: JobSettings = {
    cwd: '/',
    command: 'check',
    linting: true,
    redacting: true,
    config: defaultConfig(),
    suppressions: undefined,
    baseline: undefined,
    release: 'U',
    placeholder: 'fixed',
    decisions: undefined,
    keepText: false,
    outputs: 'files',
    crashOn: 'one',
  }
  const io: Io = {
    stdout: {write() {}, isTTY: false},
    stderr: {write() {}, isTTY: false},
    stdin: {read: async () => new TextEncoder().encode(cable), isTTY: false},
    env: {},
    cwd: '/',
    now: () => 0,
  }

  it('turns a throw into a crashed result naming the path, and never rejects', async () => {
    const result = await processCable('-', io, {...settings, crashOn: '-'})
    expect(result).toMatchObject({kind: 'crashed', path: '-'})
  })

  it('returns plain, clonable data: findings, span counts, the bytes and log to write', async () => {
    const result = await processCable('-', io, {...settings, crashOn: undefined})
    expect(result.kind).toBe('done')
    if (result.kind !== 'done') return
    expect(structured(result)).toEqual(result)
    expect(result.lint?.messages.some((message) => message.ruleId === 'no-portion-above-banner')).toBe(true)
    expect(result.lint?.text).toBeUndefined()
    // Release U: the (S) portion is withheld.
    expect(result.redact?.ok).toBe(true)
    expect(Object.values(result.redact?.spans ?? {}).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0)
    expect(new TextDecoder().decode(result.redact?.files?.bytes)).toContain('1. (S) [WITHHELD]')
    expect(JSON.parse(result.redact?.files?.log ?? '{}')).toMatchObject({release: 'U'})
  })

  it('reports an unreadable path as an input error, not a crash', async () => {
    const result = await processCable('/no/such/cable.txt', io, {...settings, crashOn: undefined})
    expect(result.kind).toBe('unreadable')
    if (result.kind === 'unreadable') expect(result.error.message).toContain('/no/such/cable.txt')
  })
})
