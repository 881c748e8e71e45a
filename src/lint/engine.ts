/**
 * The lint engine: parse (unless a tree is given), run every enabled rule over the tree, and
 * stamp each finding with what rules never set themselves (STYLE principle 4, as
 * `unified-lint-rule` does): `ruleId`, `source`, `url`, `fatal` from the configured severity,
 * the message id and the fingerprint. Then sort, dedupe, suppress and baseline.
 *
 * It never prints and never writes files. A rule that throws is a bug in cablelint, not a
 * finding: it becomes an `internalErrors` entry (SARIF `toolExecutionNotifications`).
 */
import type {VFile} from 'vfile'
import {rules as registry} from '../../rules/index.js'
import {parse} from '../syntax/parse.js'
import type {Position, Root} from '../syntax/types.js'
import {applyBaseline, fingerprint, type Baseline} from './baseline.js'
import {defaultConfig, protectMarkerPatterns, resolveRuleSettings, type Config} from './config.js'
import type {AnyRule, Severity} from './define-rule.js'
import type {Finding} from './finding.js'
import {dedupeMessages, fatalOf, lowerSeverity, sortMessages} from './messages.js'
import {createReporter, type RawFinding, type Reporter} from './report.js'
import {applySuppressions, type Suppressions} from './suppressions.js'

export interface LintOptions {
  /** Rules to run, by id (default: the registry in `rules/index.ts`). */
  rules?: Readonly<Record<string, AnyRule>> | undefined
  /** Validated config (see `config.ts`); default: every rule at its own severity. */
  config?: Config | undefined
  /** An already parsed tree of `file.value`, to avoid parsing twice. */
  tree?: Root | undefined
  suppressions?: Suppressions | undefined
  baseline?: Baseline | undefined
}

/** A rule that threw: a bug to report, never a finding. */
export interface InternalError {
  ruleId: string
  message: string
}

export interface LintResult {
  file: VFile
  tree: Root
  /** Active findings, sorted: these count. */
  messages: Finding[]
  /** Findings matched by a suppressions entry, each with its justification. */
  suppressed: Finding[]
  /** How many findings the baseline accepted. */
  baselined: number
  internalErrors: InternalError[]
}

/** The docs link of a rule (relative: no network at run time). */
export function ruleUrl(id: string): string {
  return `docs/rules.md#${id}`
}

/** Lint one decoded cable. Active findings are also appended to `file.messages`. */
export function lint(file: VFile, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig()
  const text = String(file.value ?? '')
  const tree = options.tree ?? parse(text, {protectMarkerPatterns: protectMarkerPatterns(config)})
  const rules = options.rules ?? registry
  const {ids, defaults} = ruleOrder(rules)
  const settings = resolveRuleSettings(config, defaults, file.path)

  const findings: Finding[] = []
  const internalErrors: InternalError[] = []
  for (const id of ids) {
    const rule = rules[id]
    const setting = settings[id]
    if (!rule || setting === undefined || setting === 'off') continue
    try {
      // Appended one by one: spread as arguments, the 170,000 findings of a 20 MB cable overflowed
      // the stack (eslint.config.js forbids `push(...items)`).
      for (const finding of runRule(rule, tree, file, setting)) findings.push(finding)
    } catch (error) {
      internalErrors.push({ruleId: id, message: error instanceof Error ? error.message : String(error)})
    }
  }

  const {active: unsuppressed, suppressed} = applySuppressions(dedupeMessages(sortMessages(findings)), file.path, options.suppressions)
  const {active, baselined} = applyBaseline(unsuppressed, file.path, options.baseline)
  for (const message of active) file.messages.push(message)
  return {file, tree, messages: active, suppressed, baselined, internalErrors}
}

const orders = new WeakMap<object, {ids: string[]; defaults: Record<string, Severity>}>()

/** The rule ids in the order they run (sorted) and their default severities, once per rule set. */
function ruleOrder(rules: Readonly<Record<string, AnyRule>>): {ids: string[]; defaults: Record<string, Severity>} {
  let order = orders.get(rules)
  if (order === undefined) {
    order = {ids: Object.keys(rules).sort(), defaults: Object.fromEntries(Object.values(rules).map((rule) => [rule.id, rule.severity]))}
    orders.set(rules, order)
  }
  return order
}

/** Each rule's reporter, made once and kept for every cable (see `createReporter` for why). */
const reporters = new WeakMap<AnyRule, Reporter>()

function reporterOf(rule: AnyRule): Reporter {
  let reporter = reporters.get(rule)
  if (reporter === undefined) {
    reporter = createReporter(rule.messages)
    reporters.set(rule, reporter)
  }
  return reporter
}

/**
 * Run one rule and stamp its findings. `severity` is the configured one; a message listed in
 * the rule's `messageSeverity` is lowered to that. Exported for the rule tests; may throw.
 */
export function runRule(rule: AnyRule, tree: Root, file: VFile, severity: Severity = rule.severity): Finding[] {
  const raw: RawFinding[] = []
  const reporter = reporterOf(rule)
  reporter.findings = raw
  try {
    rule.check(tree, reporter.report, file)
  } finally {
    // A `report` kept by a rule and called after its run reaches no run's findings.
    reporter.findings = []
  }
  const text = String(file.value ?? '')
  return raw.map(({messageId, message}) => {
    // The reporter always sets a cloned tree Position (with offsets) as the place.
    const place = message.place && 'start' in message.place ? (message.place as Position) : undefined
    if (!place) throw new Error(`Rule \`${rule.id}\` reported \`${messageId}\` without a position`)
    const cap = rule.messageSeverity?.[messageId]
    const finding: Finding = Object.assign(message, {
      ruleId: rule.id,
      source: 'cablelint' as const,
      url: ruleUrl(rule.id),
      place,
      messageId,
      fingerprint: fingerprint(rule.id, messageId, text.slice(place.start.offset ?? 0, place.end.offset ?? 0)),
    })
    finding.fatal = fatalOf(cap === undefined ? severity : lowerSeverity(severity, cap))
    if (file.path) finding.file = file.path
    return finding
  })
}
