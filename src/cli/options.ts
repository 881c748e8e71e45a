/**
 * argv → validated `Options`. Finds the command, parses flags with `node:util` `parseArgs`
 * (strict, with `--no-` negation), then validates values with zod. Every failure is a
 * usage error (exit 2) whose message names the flag and what it expects.
 */
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import * as z from 'zod'
import type {ReleaseLevel} from '../classification.js'
import {releaseLevels} from '../classification.js'
import {errors} from './errors.js'
import type {CliError} from './errors.js'
import {commandNames, findFlag, flags, flagsFor, formats, parseArgsOptions, placeholders, severities} from './flags.js'
import type {CommandName} from './flags.js'
import {closest} from './suggest.js'

export type Format = (typeof formats)[number]
export type Placeholder = (typeof placeholders)[number]
export type Severity = (typeof severities)[number]

export interface Options {
  /** `undefined` at the top level (`cablelint --help`). */
  command: CommandName | undefined
  /** Positional arguments: paths, globs, `-`. */
  paths: string[]
  help: boolean
  version: boolean
  /** `undefined`: decide from the terminal and environment (see `colorFor`). */
  color: boolean | undefined
  json: boolean
  format: Format
  quiet: boolean
  maxWarnings: number | undefined
  config: string | undefined
  /** `--rule ID=SEVERITY`, later ones win. */
  rules: Record<string, Severity>
  output: string | undefined
  /** Extensions without the dot, e.g. `['txt']`. */
  ext: string[]
  suppressions: string | undefined
  baseline: string | undefined
  updateBaseline: boolean
  release: ReleaseLevel
  /** Whether `--release` was given (it then wins over the config's `release`). */
  releaseGiven: boolean
  out: string | undefined
  placeholder: Placeholder
  decisions: string | undefined
  jobs: number | undefined
  progress: boolean
}

export type OptionsResult = {ok: true; options: Options} | {ok: false; error: CliError}

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`

/**
 * Raw `parseArgs` values keyed by long flag name → typed values. Messages say what is
 * expected. Defaults come from the flag table (merged in before validation), not from here.
 */
const schema = z.object({
  help: z.boolean().default(false),
  version: z.boolean().default(false),
  color: z.boolean().optional(),
  json: z.boolean().default(false),
  format: z.enum(formats, {error: oneOf(formats)}),
  quiet: z.boolean().default(false),
  'max-warnings': z
    .string()
    .regex(/^\d+$/, {error: 'a whole number (0 or more)'})
    .transform(Number)
    .optional(),
  config: z.string().min(1, {error: 'a file path'}).optional(),
  rule: z
    .array(z.string().regex(new RegExp(`^[a-z0-9][a-z0-9-]*=(${severities.join('|')})$`), {error: `ID=SEVERITY, with SEVERITY ${oneOf(severities)}`}))
    .default([]),
  output: z.string().min(1, {error: 'a file path'}).optional(),
  ext: z
    .array(z.string())
    .transform((values) => values.flatMap((value) => value.split(',')).map((value) => value.trim().replace(/^\./, '')))
    .pipe(z.array(z.string().regex(/^[\w-]+(\.[\w-]+)*$/, {error: 'file extensions such as txt or .txt'})).min(1)),
  suppressions: z.string().min(1, {error: 'a file path'}).optional(),
  baseline: z.string().min(1, {error: 'a file path'}).optional(),
  'update-baseline': z.boolean().default(false),
  release: z.enum(releaseLevels, {error: oneOf(releaseLevels)}),
  out: z.string().min(1, {error: 'a directory path'}).optional(),
  placeholder: z.enum(placeholders, {error: oneOf(placeholders)}),
  decisions: z.string().min(1, {error: 'a file path'}).optional(),
  jobs: z
    .string()
    .regex(/^[1-9]\d*$/, {error: 'a whole number (1 or more)'})
    .transform(Number)
    .optional(),
  progress: z.boolean(),
})

/** Whether a flag token takes the next argument as its value (`--out DIR`, `-o FILE`). */
function takesValue(token: string): boolean {
  if (token.startsWith('--') && token.includes('=')) return false
  if (token.startsWith('--no-')) return false
  return findFlag(token)?.type === 'string'
}

/**
 * Index of the command word: the first positional argument when it names a command.
 * Flags may stand before it (`cablelint --no-color parse x.txt`).
 */
function firstPositional(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] ?? ''
    if (token === '--') return index + 1 < argv.length ? index + 1 : -1
    if (token === '-' || !token.startsWith('-')) return index
    if (takesValue(token)) index++
  }
  return -1
}

/** A bare word (`lnt`) that is not an existing file is a mistyped command, not a path. */
function looksLikeCommand(token: string, cwd: string): boolean {
  return /^[A-Za-z][\w-]*$/.test(token) && !existsSync(resolve(cwd, token))
}

interface NodeError extends Error {
  code?: string
}

function parseArgsError(error: NodeError, command: CommandName | undefined): CliError {
  const flag = /'(--?[^'\s=]+)/.exec(error.message)?.[1] ?? ''
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = findFlag(flag)
    if (known && known.commands !== 'all') return errors.flagNotForCommand(flag, command, known.commands)
    const accepted = flagsFor(command).flatMap((candidate) => [`--${candidate.long}`, ...(candidate.negatable === true ? [`--no-${candidate.long}`] : [])])
    return errors.unknownFlag(flag, command, flag.startsWith('--') ? closest(flag, accepted) : undefined)
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--[\w-]+/.exec(error.message)?.[0] ?? flag
    if (/argument missing/.test(error.message)) return errors.flagNeedsValue(name, command)
    // `--jobs -1` or `--jobs --quiet`: node:util's parseArgs will not take a dashed word as a value.
    if (/ambiguous/.test(error.message)) return errors.flagValueLooksLikeOption(name, command)
    return errors.flagTakesNoValue(name, command)
  }
  return errors.invalidValue(flag || 'arguments', error.message, command)
}

/** Parse and validate `argv` (without the node and script paths). */
export function parseOptions(argv: readonly string[], cwd: string): OptionsResult {
  let command: CommandName | undefined
  const rest = [...argv]
  const at = firstPositional(argv)
  if (at >= 0) {
    const word = argv[at] ?? ''
    if ((commandNames as readonly string[]).includes(word)) {
      command = word as CommandName
      rest.splice(at, 1)
    } else if (looksLikeCommand(word, cwd)) {
      return {ok: false, error: errors.unknownCommand(word, closest(word, commandNames))}
    } else {
      command = 'check' // A path first: `cablelint cables/ --out out` is `cablelint check …`.
    }
  }

  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({args: rest, options: parseArgsOptions(flagsFor(command)), strict: true, allowPositionals: true, allowNegative: true})
  } catch (error) {
    return {ok: false, error: parseArgsError(error as NodeError, command)}
  }

  const defaults = Object.fromEntries(flags.filter((flag) => flag.default !== undefined).map((flag) => [flag.long, flag.default]))
  const result = schema.safeParse({...defaults, ...parsed.values})
  if (!result.success) {
    const issue = result.error.issues[0]
    const key = String(issue?.path[0] ?? '')
    const flag = flags.find((candidate) => candidate.long === key)
    return {ok: false, error: errors.invalidValue(`--${flag?.long ?? key}`, issue?.message ?? 'a valid value', command)}
  }
  const values = result.data
  const rules: Record<string, Severity> = {}
  for (const entry of values.rule) {
    const [id = '', severity] = entry.split('=')
    rules[id] = severity as Severity
  }

  return {
    ok: true,
    options: {
      command,
      paths: parsed.positionals,
      help: values.help,
      version: values.version,
      color: values.color,
      json: values.json,
      format: values.format,
      quiet: values.quiet,
      maxWarnings: values['max-warnings'],
      config: values.config,
      rules,
      output: values.output,
      ext: values.ext,
      suppressions: values.suppressions,
      baseline: values.baseline,
      updateBaseline: values['update-baseline'],
      release: values.release,
      releaseGiven: parsed.values.release !== undefined,
      out: values.out,
      placeholder: values.placeholder,
      decisions: values.decisions,
      jobs: values.jobs,
      progress: values.progress,
    },
  }
}
