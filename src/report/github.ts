/**
 * GitHub Actions workflow commands: one `::error …::message` line per finding, which the
 * runner turns into annotations on the pull request. A pure formatter (STYLE principle 9).
 * Suppressed findings are left out; rules that threw are reported as errors with their file.
 *
 * Escaping follows @actions/core (`command.ts`): in the message `%`, `\r`, `\n` are
 * percent-encoded; in property values `:` and `,` are too, since they delimit properties.
 */
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../lint/define-rule.js'
import {displayPath, errorsOnly, rangeOf, reportedMessages, type CommonReportOptions, type ReportFile} from './report-file.js'

export type GithubOptions = CommonReportOptions

const commands: Readonly<Record<Severity, string>> = {error: 'error', warning: 'warning', info: 'notice'}

/** Format files as workflow commands, one per line, with a final newline when there are any. */
export function formatGithub(files: readonly ReportFile[], options: GithubOptions = {}): string {
  return files.map((entry) => githubFile(entry, options)).join('')
}

/** The workflow commands of one file, each line ended (a report is these, file after file). */
export function githubFile(entry: ReportFile, options: GithubOptions = {}): string {
  const file = options.quiet ? errorsOnly(entry) : entry
  const path = displayPath(file.file, options.defaultName)
  let text = ''
  for (const {message, severity, justification} of reportedMessages(file)) {
    if (justification !== undefined) continue
    text += `${command(commands[severity], {file: path, ...lineProperties(message), title: message.ruleId}, message.reason)}\n`
  }
  for (const error of file.internalErrors ?? [])
    text += `${command('error', {file: path, title: 'cablelint internal error'}, `Rule \`${error.ruleId}\` failed: ${error.message}`)}\n`
  return text
}

type Properties = Record<string, string | number | undefined>

function lineProperties(message: VFileMessage): Properties {
  const {start, end} = rangeOf(message)
  return {line: start?.line, col: start?.column, endLine: end?.line, endColumn: end?.column}
}

function command(name: string, properties: Properties, message: string): string {
  const list = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`
}

/** Escape a message (`%` first, so that the escapes themselves are not escaped again). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property value: as a message, plus the `:` and `,` that delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
