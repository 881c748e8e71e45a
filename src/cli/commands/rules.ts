/**
 * `cablelint rules [ID]`: list every rule (id, severity, summary), or explain one with its
 * authority, messages and examples. Everything printed comes from the rule's own data in
 * `rules/` (STYLE principle 2: nothing about a rule is written twice).
 */
import {rules} from '../../../rules/index.js'
import type {AnyRule} from '../../lint/define-rule.js'
import {ruleUrl} from '../../lint/engine.js'
import type {Command} from '../command.js'
import {fail, type CliError} from '../errors.js'
import {exitCodes} from '../exit-codes.js'
import {closest} from '../suggest.js'

const command: Command = {
  name: 'rules',
  args: '[ID]',
  summary: 'List the lint rules (id, severity, summary), or explain one rule with its authority and examples.',
  async run(options, io) {
    const [id, ...extra] = options.paths
    if (extra.length > 0) return fail(io, tooManyIds(options.paths.length))
    if (id === undefined) {
      io.stdout.write(options.json ? JSON.stringify(Object.values(rules).map(summaryOf), null, 2) + '\n' : listRules(Object.values(rules)))
      return exitCodes.ok
    }
    const rule = Object.hasOwn(rules, id) ? rules[id] : undefined
    if (!rule) return fail(io, unknownRule(id, closest(id, Object.keys(rules))))
    io.stdout.write(options.json ? JSON.stringify(detailOf(rule), null, 2) + '\n' : explainRule(rule))
    return exitCodes.ok
  },
}

export default command

function unknownRule(id: string, suggestion: string | undefined): CliError {
  return {
    exitCode: exitCodes.usage,
    message: `unknown rule '${id}'.${suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`}`,
    hint: "Run 'cablelint rules' to list every rule.",
  }
}

function tooManyIds(count: number): CliError {
  return {
    exitCode: exitCodes.usage,
    message: `'rules' explains one rule, but ${count} ids were given. Give one id, or none to list every rule.`,
    hint: "Run 'cablelint rules --help' for usage.",
  }
}

function summaryOf(rule: AnyRule) {
  return {id: rule.id, severity: rule.severity, summary: rule.summary, authority: rule.authority}
}

function detailOf(rule: AnyRule) {
  return {...summaryOf(rule), url: ruleUrl(rule.id), messages: rule.messages, messageSeverity: rule.messageSeverity ?? {}, examples: rule.examples}
}

/** One line per rule, columns aligned: `id  severity  summary`. */
export function listRules(list: readonly AnyRule[]): string {
  const idWidth = Math.max(...list.map((rule) => rule.id.length))
  const severityWidth = Math.max(...list.map((rule) => rule.severity.length))
  const lines = list.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(severityWidth)}  ${rule.summary}`)
  return `${lines.join('\n')}\n\n${list.length} rules. Run 'cablelint rules ID' for one rule's authority and examples.\n`
}

/** A rule's full explanation: summary, severity, authority, messages, examples. */
export function explainRule(rule: AnyRule): string {
  const out: string[] = [rule.id, '', rule.summary, '', `Severity:  ${rule.severity}`]
  const lowered = Object.entries(rule.messageSeverity ?? {})
  if (lowered.length > 0) out.push(`           (${lowered.map(([id, severity]) => `${id}: ${severity}`).join(', ')})`)
  out.push(`Authority: ${rule.authority}`, `Docs:      ${ruleUrl(rule.id)}`, '', 'Messages:')
  for (const [id, text] of Object.entries(rule.messages)) out.push(`  ${id}: ${text}`)
  for (const [index, input] of rule.examples.valid.entries()) out.push('', `Valid example ${index + 1}:`, indent(input))
  for (const [index, example] of rule.examples.invalid.entries()) {
    out.push('', `Invalid example ${index + 1}:`, indent(example.input), '  Findings:')
    for (const line of example.output) out.push(`    ${line}`)
  }
  return out.join('\n') + '\n'
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}
