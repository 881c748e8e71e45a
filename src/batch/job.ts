/**
 * One cable through the pipeline (read → decode → parse → lint → redact → verify → encode),
 * as a plain, structured-clonable result: the same function runs in the main thread
 * (`--jobs 1`, one file, standard input) and in pool workers, so both give identical reports.
 *
 * Findings cross the thread boundary as plain objects: a VFileMessage is an Error, and
 * structured clone keeps only an Error's name, message and stack. `reviveMessage` rebuilds
 * them in the main thread with every field the formatters read (report-file.ts).
 */
import {VFileMessage} from 'vfile-message'
import type {ReleaseLevel} from '../classification.js'
import {encode} from '../input/encode.js'
import type {Baseline} from '../lint/baseline.js'
import {protectMarkerPatterns, type Config} from '../lint/config.js'
import {lint, type InternalError} from '../lint/engine.js'
import type {Finding} from '../lint/finding.js'
import type {Suppressions} from '../lint/suppressions.js'
import type {Decisions} from '../redact/decisions.js'
import type {PlaceholderMode} from '../redact/placeholders.js'
import {redact} from '../redact/redact.js'
import {parse} from '../syntax/parse.js'
import type {CliError} from '../cli/errors.js'
import type {Io} from '../cli/io.js'
import {errors} from '../cli/errors.js'
import {readInput, type ReadResult} from '../cli/read-input.js'

/** What every cable of a run shares; sent to each worker once (tinypool `workerData`). */
export interface JobSettings {
  /** Working directory that display paths are relative to. */
  cwd: string
  /** The command, named in input error messages. */
  command: string
  linting: boolean
  redacting: boolean
  config: Config
  suppressions: Suppressions | undefined
  /** Left out when the run updates the baseline. */
  baseline: Baseline | undefined
  release: ReleaseLevel
  placeholder: PlaceholderMode
  decisions: Decisions | undefined
  /** Return the decoded text with the findings (SARIF fingerprints read the flagged text). */
  keepText: boolean
  /**
   * What to return of a redacted copy: nothing (no `--out`), the bytes, log and diff to write
   * (`files`), or the text for standard output (`stdout`, one cable).
   */
  outputs: 'none' | 'files' | 'stdout'
  /**
   * Test hook, from `CABLELINT_TEST_CRASH`: a cable whose path contains this string makes
   * the job throw (`name`) or kill its worker thread (`name:exit`), to test crash handling.
   */
  crashOn?: string | undefined
}

/** A finding as plain data: the VFileMessage fields plus the `Finding` extras. */
export type PlainMessage = Record<string, unknown> & {reason: string}

export interface LintData {
  messages: PlainMessage[]
  suppressed: PlainMessage[]
  internalErrors: InternalError[]
  /** The decoded text, only with `keepText`. */
  text?: string | undefined
}

export interface Refusal {
  line: number
  column: number
  ruleId: string
  reason: string
}

export interface RedactData {
  /** `false`: a leak or unprovable span (see `refusals`), or the copy cannot be encoded. */
  ok: boolean
  /** Span count by reason. */
  spans: Record<string, number>
  refusals: Refusal[]
  /** Set when the redacted text cannot be written back in the input's encoding. */
  unencodable?: string | undefined
  /** With `outputs: 'files'` and `ok`: what to write. */
  files?: {bytes: Uint8Array; log: string; diff: string} | undefined
  /** With `outputs: 'stdout'` and `ok`: the redacted text. */
  text?: string | undefined
}

export type CableResult =
  | {kind: 'done'; path: string; bytes: number; lint?: LintData | undefined; redact?: RedactData | undefined}
  | {kind: 'unreadable'; path: string; error: CliError}
  /** The job threw or its worker died: a bug, reported with the path; the run goes on. */
  | {kind: 'crashed'; path: string; message: string}

/** Fields not worth sending: the tree (`ancestors`) and the stack. */
const skipped = new Set(['ancestors', 'stack', 'cause'])

/** Marks a `cause` that was a message (a related place, printed by the stylish format). */
const messageCause = 'cablelintMessage'

/** A VFileMessage (or Finding) → plain data that survives structured clone. */
export function plainMessage(message: VFileMessage): PlainMessage {
  const plain: PlainMessage = {reason: message.reason}
  for (const [key, value] of Object.entries(message)) {
    if (skipped.has(key) || value === undefined || typeof value === 'function') continue
    plain[key] = value
  }
  const cause: unknown = message.cause
  if (cause instanceof VFileMessage) plain.cause = {[messageCause]: plainMessage(cause)}
  else if (cause instanceof Error) plain.cause = {[messageCause]: {reason: cause.message}}
  else if (cause !== undefined && typeof cause !== 'function') plain.cause = cause
  return plain
}

/** Plain data → a VFileMessage with the same fields (typed as `Finding`: the engine made it). */
export function reviveMessage(plain: PlainMessage): Finding {
  // No stack trace: capturing one for each of tens of thousands of findings costs time and
  // memory, and a finding's stack (the reviver's) would mean nothing.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = new VFileMessage(plain.reason)
  } finally {
    Error.stackTraceLimit = limit
  }
  Object.assign(message, plain)
  const cause = plain.cause
  if (typeof cause === 'object' && cause !== null && messageCause in cause) {
    message.cause = reviveMessage((cause as Record<typeof messageCause, PlainMessage>)[messageCause])
  }
  return message as Finding
}

/**
 * The crash hook's verdict for `path`: throw here, exit the worker, report a rule that threw
 * (`rule`), or nothing.
 */
export function crashHook(settings: Pick<JobSettings, 'crashOn'>, path: string): 'throw' | 'exit' | 'rule' | undefined {
  const hook = settings.crashOn
  if (hook === undefined || hook === '') return undefined
  const [needle = '', how] = hook.split(':')
  if (needle === '' || !path.includes(needle)) return undefined
  return how === 'exit' || how === 'rule' ? how : 'throw'
}

/** A cable read and decoded, or why it could not be. */
export type ReadCable = Promise<ReadResult>

/** Read and decode one cable (start several at once to overlap their I/O with parsing). */
export function readCable(path: string, io: Io, settings: Pick<JobSettings, 'command'>): ReadCable {
  return readInput(path, io, settings.command).catch((error: unknown) => ({ok: false as const, error: errors.unreadable(path, String(error))}))
}

/** Process one cable; never rejects (a thrown bug becomes a `crashed` result). */
export async function processCable(path: string, io: Io, settings: JobSettings, read: ReadCable = readCable(path, io, settings)): Promise<CableResult> {
  try {
    return run(path, await read, settings)
  } catch (error) {
    return {kind: 'crashed', path, message: error instanceof Error ? error.message : String(error)}
  }
}

function run(path: string, input: ReadResult, settings: JobSettings): CableResult {
  if (!input.ok) return {kind: 'unreadable', path, error: input.error}
  const hook = crashHook(settings, path)
  if (hook === 'throw' || hook === 'exit') throw new Error(`injected crash (CABLELINT_TEST_CRASH) on ${path}`)
  const file = input.file
  if (path !== '-') file.path = path
  const text = String(file.value)
  const tree = parse(text, {protectMarkerPatterns: protectMarkerPatterns(settings.config)})
  const result: CableResult = {kind: 'done', path, bytes: text.length}

  if (settings.linting) {
    const linted = lint(file, {config: settings.config, tree, suppressions: settings.suppressions, baseline: settings.baseline})
    result.lint = {
      messages: linted.messages.map(plainMessage),
      suppressed: linted.suppressed.map(plainMessage),
      // Test hook: a rule that threw, as the engine reports one (the rest of the findings stand).
      internalErrors: hook === 'rule' ? [...linted.internalErrors, {ruleId: 'portion-marking', message: 'injected rule error (CABLELINT_TEST_CRASH)'}] : linted.internalErrors,
      text: settings.keepText ? text : undefined,
    }
  }

  if (settings.redacting) {
    const redacted = redact(text, {release: settings.release, placeholder: settings.placeholder, decisions: settings.decisions, tree, path})
    const spans: Record<string, number> = {}
    for (const span of redacted.spans) spans[span.reason] = (spans[span.reason] ?? 0) + 1
    const refusals = redacted.messages
      .filter((message) => message.fatal === true)
      .map((message) => ({line: message.line ?? 0, column: message.column ?? 0, ruleId: message.ruleId ?? 'redaction-leak', reason: message.reason}))
    const data: RedactData = {ok: redacted.ok, spans, refusals}
    if (redacted.ok) {
      const bytes = encode(redacted.text, input.encoding, input.bom)
      if (!bytes.ok) {
        data.ok = false
        data.unencodable = input.encoding
      } else if (settings.outputs === 'files') {
        const log = {path, release: settings.release, placeholder: settings.placeholder, spans: redacted.log}
        data.files = {bytes: bytes.bytes, log: JSON.stringify(log, null, 2) + '\n', diff: redacted.diff}
      } else if (settings.outputs === 'stdout') {
        data.text = redacted.text
      }
    }
    result.redact = data
  }
  return result
}
