/**
 * SARIF 2.1.0 (OASIS, errata01) for code-scanning tools. A pure formatter (STYLE principle 9)
 * and browser-safe: the tool version, the docs base and the working directory are passed in by
 * the CLI, never read here.
 *
 * - `tool.driver.rules` lists every rule from its meta (STYLE principle 2: nothing written twice).
 * - `results` is always present, even when empty (an empty run means "checked, clean").
 * - No snippets and no embedded file contents: a finding must never carry cable text (STYLE 5).
 * - Regions use unist positions as they are: SARIF lines and columns are 1-based, columns count
 *   UTF-16 code units (`columnKind`), `endColumn` is exclusive, `charOffset` is 0-based.
 * - `partialFingerprints` hash the rule, the flagged text and its occurrence index, never the
 *   line, so that a finding keeps its identity when lines move above it.
 * - Rules that threw become `toolExecutionNotifications`, never results.
 */
import type * as Sarif from 'sarif'
import {location as createLocation} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {rules as registry} from '../../rules/index.js'
import type {AnyRule, Severity} from '../lint/define-rule.js'
import {
  displayPath,
  errorsOnly,
  fingerprintOf,
  messageIdOf,
  rangeOf,
  reportedMessages,
  type CommonReportOptions,
  type ReportFile,
  type ReportStream,
} from './report-file.js'

export interface SarifOptions extends CommonReportOptions {
  /** cablelint's version (package.json `version`); the CLI passes it. Omitted when not given. */
  version?: string | undefined
  /** Rules to describe (default: the registry in `rules/index.ts`). */
  rules?: Readonly<Record<string, AnyRule>> | undefined
  /**
   * Absolute URI that `docs/rules.md` is resolved against for `helpUri` (e.g. the installed
   * package root as a `file:` URL, or the repository's web address). SARIF requires an
   * absolute `helpUri`, so without it `helpUri` is left out and the help text names the
   * relative link instead.
   */
  docsBaseUri?: string | undefined
  /** Absolute URI of the project's home page (`tool.driver.informationUri`). */
  informationUri?: string | undefined
  /**
   * The directory the run started in (an absolute path). Paths under it are written relative to
   * `%SRCROOT%`, which is set to it; without it, relative paths are written as they are.
   */
  cwd?: string | undefined
}

const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const fingerprintKey = 'cablelint/v1'
const sourceRoot = '%SRCROOT%'

const levels: Readonly<Record<Severity, Sarif.Result.level>> = {error: 'error', warning: 'warning', info: 'note'}

/** What every file of a log shares: the rules, their indexes, the source root. */
interface SarifContext {
  options: SarifOptions
  ruleList: AnyRule[]
  ruleIndex: Map<string, number>
  root: string | undefined
}

function sarifContext(options: SarifOptions): SarifContext {
  const ruleList = Object.values(options.rules ?? registry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    options,
    ruleList,
    ruleIndex: new Map(ruleList.map((rule, index) => [rule.id, index])),
    root: options.cwd === undefined ? undefined : directoryPath(options.cwd),
  }
}

/**
 * The run with `results` and `invocations` last, in that order: they are the parts that grow
 * with the files (the stream writes the rest first).
 */
function sarifLog(context: SarifContext, results: Sarif.Result[], notifications: readonly Sarif.Notification[]): Sarif.Log {
  const {options, ruleList, root} = context
  const driver: Sarif.ToolComponent = {name: 'cablelint'}
  if (options.version !== undefined) driver.version = options.version
  if (options.informationUri !== undefined) driver.informationUri = options.informationUri
  driver.rules = ruleList.map((rule) => describeRule(rule, options.docsBaseUri))
  const run: Sarif.Run = {tool: {driver}, columnKind: 'utf16CodeUnits'}
  if (root !== undefined) run.originalUriBaseIds = {[sourceRoot]: {uri: fileUri(root)}}
  run.results = results
  const invocation: Sarif.Invocation = {executionSuccessful: notifications.length === 0}
  if (notifications.length > 0) invocation.toolExecutionNotifications = [...notifications]
  run.invocations = [invocation]
  return {$schema: sarifSchemaUri, version: '2.1.0', runs: [run]}
}

/** One file's results, and a notification for each rule that threw on it. */
function fileResults(entry: ReportFile, context: SarifContext): {results: Sarif.Result[]; notifications: Sarif.Notification[]} {
  const {options, ruleIndex, root} = context
  const file = options.quiet ? errorsOnly(entry) : entry
  const artifact = artifactLocation(displayPath(file.file, options.defaultName), root)
  const text = typeof file.file.value === 'string' ? file.file.value : undefined
  const occurrences = new Map<string, number>()
  const results: Sarif.Result[] = []
  for (const {message, severity, justification} of reportedMessages(file)) {
    const result: Sarif.Result = {
      level: levels[severity],
      message: {text: message.reason},
      locations: [{physicalLocation: physicalLocation(artifact, message)}],
    }
    if (message.ruleId) {
      result.ruleId = message.ruleId
      const index = ruleIndex.get(message.ruleId)
      if (index !== undefined) result.ruleIndex = index
    }
    const flagged = normalise(flaggedText(message, text) ?? message.reason)
    const key = `${message.ruleId ?? ''}\u0000${flagged}`
    const occurrence = occurrences.get(key) ?? 0
    occurrences.set(key, occurrence + 1)
    result.partialFingerprints = {[fingerprintKey]: fnv1a64(`${key}\u0000${occurrence}`)}
    const properties = findingProperties(message)
    if (properties) result.properties = properties
    if (justification !== undefined) result.suppressions = [{kind: 'external', justification}]
    results.push(result)
  }
  const notifications: Sarif.Notification[] = []
  for (const error of file.internalErrors ?? []) {
    const notification: Sarif.Notification = {
      level: 'error',
      message: {text: `Rule \`${error.ruleId}\` failed: ${error.message}`},
      locations: [{physicalLocation: {artifactLocation: artifact}}],
      associatedRule: {id: error.ruleId},
    }
    const index = ruleIndex.get(error.ruleId)
    if (index !== undefined && notification.associatedRule) notification.associatedRule.index = index
    notifications.push(notification)
  }
  return {results, notifications}
}

/** Build the SARIF log object (the value `formatSarif` serialises). */
export function createSarifLog(files: readonly ReportFile[], options: SarifOptions = {}): Sarif.Log {
  const context = sarifContext(options)
  const results: Sarif.Result[] = []
  const notifications: Sarif.Notification[] = []
  for (const entry of files) {
    const file = fileResults(entry, context)
    for (const result of file.results) results.push(result)
    for (const notification of file.notifications) notifications.push(notification)
  }
  return sarifLog(context, results, notifications)
}

/**
 * The SARIF log written a file at a time: the text is that of `JSON.stringify(createSarifLog(…),
 * undefined, 2)`, but each file's results are written as they come and then let go (issue 7:
 * memory flat whatever the number of files). Only the notifications of rules that threw are
 * held to the end, for `invocations`.
 */
export function createSarifStream(options: SarifOptions = {}): ReportStream {
  const context = sarifContext(options)
  const notifications: Sarif.Notification[] = []
  let written = 0
  return {
    file(entry) {
      const file = fileResults(entry, context)
      for (const notification of file.notifications) notifications.push(notification)
      let text = ''
      for (const result of file.results) {
        // A result sits four levels deep (log, runs, run, results): indented by eight.
        const body = `        ${JSON.stringify(result, undefined, 2).replace(/\n/g, '\n        ')}`
        text += written === 0 ? `${logAround(context, notifications).head}${body}` : `,\n${body}`
        written++
      }
      return text
    },
    end() {
      if (written === 0) return `${JSON.stringify(sarifLog(context, [], notifications), undefined, 2)}\n`
      return `\n${logAround(context, notifications).tail}\n`
    },
  }
}

/** A marker that no result's text can hold as a JSON string (it would be escaped). */
const resultsMarker = '\u0000cablelint-results\u0000'

/** The log's text before its first result and after its last (pretty-printed as JSON.stringify does). */
function logAround(context: SarifContext, notifications: readonly Sarif.Notification[]): {head: string; tail: string} {
  const text = JSON.stringify(sarifLog(context, [resultsMarker as unknown as Sarif.Result], notifications), undefined, 2)
  const marker = JSON.stringify(resultsMarker)
  const at = text.indexOf(marker)
  const lineStart = text.lastIndexOf('\n', at) + 1
  return {head: text.slice(0, lineStart), tail: text.slice(text.indexOf('\n', at) + 1)}
}

/** Format files as a SARIF 2.1.0 log, pretty-printed with a final newline. */
export function formatSarif(files: readonly ReportFile[], options: SarifOptions = {}): string {
  const stream = createSarifStream(options)
  return files.map((entry) => stream.file(entry)).join('') + stream.end()
}

function describeRule(rule: AnyRule, docsBaseUri: string | undefined): Sarif.ReportingDescriptor {
  // The same relative link the engine stamps as a finding's `url` (`ruleUrl` in engine.ts, which
  // is not imported here so that formatting does not load the parser).
  const docs = `docs/rules.md#${rule.id}`
  const descriptor: Sarif.ReportingDescriptor = {
    id: rule.id,
    shortDescription: {text: rule.summary},
    fullDescription: {text: `${rule.summary} Authority: ${rule.authority}`},
    help: {
      text: `${rule.summary}\nAuthority: ${rule.authority}\nDocs: ${docs}`,
      markdown: `${rule.summary}\n\n**Authority:** ${rule.authority}\n\n[Documentation](${docs})`,
    },
    defaultConfiguration: {level: levels[rule.severity]},
  }
  if (docsBaseUri !== undefined) descriptor.helpUri = new URL(docs, docsBaseUri).href
  return descriptor
}

function physicalLocation(artifact: Sarif.ArtifactLocation, message: VFileMessage): Sarif.PhysicalLocation {
  const location: Sarif.PhysicalLocation = {artifactLocation: artifact}
  const {start, end} = rangeOf(message)
  if (!start) return location
  const region: Sarif.Region = {startLine: start.line, startColumn: start.column}
  if (end) {
    region.endLine = end.line
    region.endColumn = end.column
  }
  if (start.offset !== undefined) {
    region.charOffset = start.offset
    if (end?.offset !== undefined) region.charLength = end.offset - start.offset
  }
  location.region = region
  return location
}

/** The engine's message id and fingerprint (the one a suppressions entry matches), when present. */
function findingProperties(message: VFileMessage): Sarif.PropertyBag | undefined {
  const messageId = messageIdOf(message)
  const fingerprint = fingerprintOf(message)
  if (messageId === undefined && fingerprint === undefined) return undefined
  return {...(messageId === undefined ? {} : {messageId}), ...(fingerprint === undefined ? {} : {fingerprint})}
}

/** The source text a message flags, when the text and both ends of its place are known. */
function flaggedText(message: VFileMessage, text: string | undefined): string | undefined {
  const {start, end} = rangeOf(message)
  if (text === undefined || !start || !end) return undefined
  const place = createLocation(text)
  const from = start.offset ?? place.toOffset(start)
  const to = end.offset ?? place.toOffset(end)
  return from === undefined || to === undefined || to < from ? undefined : text.slice(from, to)
}

/** White space collapsed, so that re-wrapping a line does not change a fingerprint. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits. Small and browser-safe (no crypto):
 * a fingerprint needs to be stable and spread, not secret.
 */
export function fnv1a64(value: string): string {
  let hash = 0xcbf29ce484222325n
  for (const byte of new TextEncoder().encode(value)) {
    hash ^= BigInt(byte)
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}

/** An absolute path with forward slashes and a trailing slash. */
function directoryPath(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  return slashed.endsWith('/') ? slashed : `${slashed}/`
}

/** Where a file is, as SARIF wants it: relative to `%SRCROOT%` when possible, else a `file:` URI. */
function artifactLocation(path: string, root: string | undefined): Sarif.ArtifactLocation {
  if (root !== undefined && path.startsWith(root)) return {uri: encodePath(path.slice(root.length)), uriBaseId: sourceRoot}
  if (isAbsolute(path)) return {uri: fileUri(path)}
  return root === undefined ? {uri: encodePath(path)} : {uri: encodePath(path), uriBaseId: sourceRoot}
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path)
}

/** `file:` URI of an absolute POSIX or Windows path (forward slashes). */
function fileUri(path: string): string {
  return `file://${path.startsWith('/') ? '' : '/'}${encodePath(path).replace(/^([A-Za-z])%3A/, '$1:')}`
}

/** Percent-encode each path segment (a space or `#` in a file name must not break the URI). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
