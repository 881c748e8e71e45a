/**
 * defineRule() and the types of a rule: data (id, severity, summary, authority, messages,
 * examples) plus one `check` function. The data is the only source of truth about a rule:
 * it feeds the docs, `cablelint rules`, the SARIF `rules` array and the config validator
 * (the ESLint `meta` pattern; remark-lint's `lintRule(meta, fn)`).
 */
import type {VFile} from 'vfile'
import type {Root} from '../syntax/types.js'
import type {Report} from './report.js'

/** How serious a finding is: `error` → `fatal: true`, `warning` → `false`, `info` → `undefined` (vfile). */
export type Severity = 'error' | 'warning' | 'info'

/** Every severity, most serious first. */
export const severities: readonly Severity[] = ['error', 'warning', 'info']

/** An example that must produce exactly `output`: `'line:col-line:col: messageId'`, in order. */
export interface InvalidExample<MessageId extends string = string> {
  input: string
  output: Array<`${number}:${number}-${number}:${number}: ${MessageId}`>
}

export interface Rule<MessageId extends string = string> {
  /** kebab-case; === file name in `rules/` === registry key === `ruleId` === docs anchor. */
  id: string
  /** Default severity; config may change it or turn the rule off. */
  severity: Severity
  /**
   * Messages whose findings are less serious than the rule's severity (e.g. an unmarked
   * paragraph is an error in a classified cable, info otherwise). A finding's severity is the
   * lower of this and the configured severity, so config can only lower it further.
   */
  messageSeverity?: Partial<Record<NoInfer<MessageId>, Severity>>
  /** One sentence: `cablelint rules`, docs, SARIF shortDescription. */
  summary: string
  /** The E.O. / CFR / FAH section the rule rests on, as in MARKING-RULES.md. */
  authority: string
  /** Message templates, "Unexpected {actual}, expected {expected}", with `{placeholder}`s. */
  messages: Record<MessageId, string>
  /** The rule's tests and documentation. */
  examples: {valid: string[]; invalid: Array<InvalidExample<NoInfer<MessageId>>>}
  /** Read the tree and report; never mutate it, never throw for a finding. */
  check(tree: Root, report: Report<NoInfer<MessageId>>, file: VFile): undefined | void
}

/** Identity function that gives a rule its types (message ids inferred from `messages`). */
export function defineRule<const MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule
}

/** A rule of any message ids, as held by the registry (`check` is a method, so bivariant). */
export type AnyRule = Rule<string>
