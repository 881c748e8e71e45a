/**
 * The flag table: every command-line flag as data. It is the one source for the
 * `parseArgs` configuration, the `--help` text of each command, and the checks that tell a
 * user a flag belongs to another command (unified-args `schema.js`, STYLE.md principle 8).
 * Values are validated by `options.ts`.
 */
import type {ParseArgsConfig} from 'node:util'
import {releaseLevels} from '../classification.js'
import {exitCodeDescriptions} from './exit-codes.js'

export const commandNames = ['check', 'lint', 'redact', 'parse', 'rules', 'review', 'split'] as const
export type CommandName = (typeof commandNames)[number]

export const formats = ['stylish', 'json', 'sarif', 'github'] as const
export const placeholders = ['fixed', 'label', 'mask'] as const
export const severities = ['off', 'info', 'warn', 'warning', 'error'] as const

/** What `--help` needs to know about a command (its module has the rest). */
export interface CommandInfo {
  name: CommandName
  /** Argument synopsis after the command name, e.g. `FILE|-`. */
  args: string
  /** One sentence. */
  summary: string
}

export interface Flag {
  /** Long name without dashes, kebab-case: `max-warnings`. */
  long: string
  /** One letter. */
  short?: string
  type: 'boolean' | 'string'
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean
  /** Shown in help and applied by `options.ts` when the flag is absent. */
  default?: string | boolean | readonly string[]
  /** Name of the value in help: `N`, `FILE`. Ignored for booleans. */
  value?: string
  /** The allowed values, when there is a fixed set (help shows them; options.ts enforces them). */
  choices?: readonly string[]
  /** Whether `--no-<long>` is meaningful (shown as `--[no-]<long>` in help). */
  negatable?: boolean
  description: string
  /** Commands that accept the flag; `all` includes the top level. */
  commands: readonly CommandName[] | 'all'
}

const batch = ['check', 'lint', 'redact'] as const satisfies readonly CommandName[]
const linting = ['check', 'lint'] as const satisfies readonly CommandName[]
const redacting = ['check', 'redact'] as const satisfies readonly CommandName[]

export const flags: readonly Flag[] = [
  {long: 'help', short: 'h', type: 'boolean', description: 'Show help and exit', commands: 'all'},
  {long: 'version', type: 'boolean', description: 'Show the version and exit', commands: 'all'},
  {long: 'color', type: 'boolean', negatable: true, description: 'Colour the output (default: on for a terminal, off with NO_COLOR)', commands: 'all'},
  {long: 'json', type: 'boolean', description: 'Print JSON instead of text', commands: ['parse', 'rules']},
  {long: 'format', short: 'f', type: 'string', value: 'FORMAT', choices: formats, default: 'stylish', description: 'Report format', commands: linting},
  {long: 'quiet', short: 'q', type: 'boolean', description: 'Report errors only, not warnings', commands: linting},
  {long: 'max-warnings', type: 'string', value: 'N', description: 'Exit 1 when there are more than N warnings', commands: linting},
  {long: 'config', short: 'c', type: 'string', value: 'FILE', description: 'Read rule settings and the release level from FILE', commands: batch},
  {long: 'rule', type: 'string', multiple: true, value: 'ID=SEVERITY', description: 'Set a rule to off, warn or error (repeatable)', commands: linting},
  {long: 'output', short: 'o', type: 'string', value: 'FILE', description: 'Write the report to FILE instead of standard output', commands: ['lint']},
  {long: 'ext', type: 'string', multiple: true, value: 'EXT', default: ['txt'], description: 'File extensions to read in directories, in any case (repeatable or comma-separated)', commands: [...batch, 'review']},
  {long: 'suppressions', type: 'string', value: 'FILE', description: 'Suppress findings listed in FILE, each with its justification (still shown in SARIF)', commands: linting},
  {long: 'baseline', type: 'string', value: 'FILE', description: 'Report only findings not in the baseline FILE', commands: linting},
  {long: 'update-baseline', type: 'boolean', description: 'Write the current findings to the baseline FILE', commands: linting},
  {long: 'release', type: 'string', value: 'LEVEL', choices: releaseLevels, default: 'U', description: 'Release level of the redacted copy: portions above it are withheld', commands: [...redacting, 'review']},
  {long: 'out', type: 'string', value: 'DIR', description: 'Write redacted copies (and, for check, reports, logs and diffs) to DIR; for split, one file per cable', commands: [...redacting, 'split']},
  {long: 'placeholder', type: 'string', value: 'MODE', choices: placeholders, default: 'fixed', description: 'How redacted text is replaced: [REDACTED], [SOURCE-1] labels, or XXX masks', commands: redacting},
  {long: 'decisions', type: 'string', value: 'FILE', description: 'Read reviewer decisions on ambiguous mentions from FILE', commands: redacting},
  {long: 'jobs', short: 'j', type: 'string', value: 'N', description: 'Number of worker threads (default: one per CPU)', commands: batch},
  {long: 'progress', type: 'boolean', negatable: true, default: true, description: 'Show a progress bar on a terminal: files done, MB/s, ETA, findings (never in CI, when piped or with TERM=dumb)', commands: [...batch, 'split']},
]

/** The flags a command accepts; `undefined` is the top level (no command). */
export function flagsFor(command: CommandName | undefined): Flag[] {
  return flags.filter((flag) => flag.commands === 'all' || (command !== undefined && flag.commands.includes(command)))
}

/** The long name of the flag written `token` (`--out`, `--no-color`, `--out=x`, `-o`), if any. */
export function findFlag(token: string): Flag | undefined {
  if (token.startsWith('--')) {
    const name = token.slice(2).split('=')[0] ?? ''
    const flag = flags.find((candidate) => candidate.long === name)
    if (flag) return flag
    return name.startsWith('no-') ? flags.find((candidate) => candidate.long === name.slice(3) && candidate.type === 'boolean') : undefined
  }
  if (/^-[A-Za-z]$/.test(token)) return flags.find((candidate) => candidate.short === token.slice(1))
  return undefined
}

/** `parseArgs` options for a set of flags. Defaults are applied by `options.ts`, so one table holds them. */
export function parseArgsOptions(list: readonly Flag[]): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const flag of list) {
    const entry: NonNullable<ParseArgsConfig['options']>[string] = {type: flag.type}
    if (flag.short !== undefined) entry.short = flag.short
    if (flag.multiple === true) entry.multiple = true
    options[flag.long] = entry
  }
  return options
}

function flagSynopsis(flag: Flag): string {
  const long = flag.negatable === true ? `--[no-]${flag.long}` : `--${flag.long}`
  const names = flag.short === undefined ? `    ${long}` : `-${flag.short}, ${long}`
  if (flag.type === 'boolean') return names
  return `${names} ${flag.choices ? flag.choices.join('|') : (flag.value ?? 'VALUE')}`
}

function flagDescription(flag: Flag): string {
  if (flag.default === undefined || flag.type === 'boolean') return flag.description
  const shown = typeof flag.default === 'object' ? flag.default.join(',') : String(flag.default)
  return `${flag.description} (default: ${shown})`
}

/** Two aligned columns. */
function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd()).join('\n')
}

/** `--help` text for the top level (no command) or for one command. */
export function formatHelp(commands: readonly CommandInfo[], command?: CommandName): string {
  const info = command === undefined ? undefined : commands.find((candidate) => candidate.name === command)
  const sections: string[] = []
  if (info === undefined) {
    sections.push(
      'Usage: cablelint [COMMAND] [options] PATH…',
      'Check the classification markings of diplomatic cables, and make redacted copies.\n' +
        "With no command, PATH… runs 'check'.",
      'Commands:\n' + table(commands.map((entry) => [`${entry.name} ${entry.args}`.trimEnd(), entry.summary])),
    )
  } else {
    sections.push(`Usage: cablelint ${info.name} [options] ${info.args}`.trimEnd(), info.summary)
  }
  sections.push('Options:\n' + table(flagsFor(command).map((flag) => [flagSynopsis(flag), flagDescription(flag)])))
  if (info === undefined) {
    sections.push(
      'Exit codes:\n' + table(exitCodeDescriptions.map(([code, description]) => [String(code), description])),
      "Run 'cablelint COMMAND --help' for the options of a command.",
    )
  }
  return sections.join('\n\n') + '\n'
}
