/**
 * The files a run reads besides the cables: the config (`--config`, else
 * `cablelint.config.json`, `.cablelintrc.json` or the `cablelint` key of `package.json` in the
 * working directory), the suppressions sidecar, the baseline and the reviewer's decisions.
 * Each is JSON validated with zod; a problem is a usage error (exit 2) naming the file and the
 * key path, never echoing the value.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {rules as registry} from '../../rules/index.js'
import {baselineSchema, type Baseline} from '../lint/baseline.js'
import {closest, parseConfig, type Config} from '../lint/config.js'
import {parseSuppressions, type Suppressions} from '../lint/suppressions.js'
import {parseDecisions, type Decisions} from '../redact/decisions.js'
import {exitCodes} from './exit-codes.js'
import type {CliError} from './errors.js'
import type {Io} from './io.js'
import type {Options} from './options.js'

type Loaded<Value> = {ok: true; value: Value} | {ok: false; error: CliError}

const ruleIds = Object.keys(registry).sort()

function problem(message: string): CliError {
  return {exitCode: exitCodes.usage, message}
}

/** Read and parse a JSON file; `undefined` value when `optional` and absent. */
async function readJson(path: string, io: Io, what: string, optional = false): Promise<Loaded<unknown>> {
  let text: string
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8')
  } catch (error) {
    const code = (error as {code?: unknown}).code
    if (optional && code === 'ENOENT') return {ok: true, value: undefined}
    return {ok: false, error: problem(`cannot read the ${what} '${path}': ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}. Check the path.`)}
  }
  try {
    return {ok: true, value: JSON.parse(text) as unknown}
  } catch (error) {
    return {ok: false, error: problem(`the ${what} '${path}' is not valid JSON (${error instanceof Error ? error.message : String(error)}).`)}
  }
}

function invalid(what: string, path: string, issues: ReadonlyArray<{path: string; message: string}>): CliError {
  const first = issues[0]
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
  return problem(`invalid ${what} '${path}': ${first ? `${first.path}: ${first.message}` : 'unknown problem'}${more}.`)
}

/** The config for this run, with `--rule ID=SEVERITY` applied on top. */
export async function loadConfig(options: Options, io: Io): Promise<Loaded<Config>> {
  let raw: unknown
  let source: string | undefined
  if (options.config !== undefined) {
    const read = await readJson(options.config, io, 'config file')
    if (!read.ok) return read
    raw = read.value
    source = options.config
  } else {
    for (const candidate of ['cablelint.config.json', '.cablelintrc.json']) {
      const read = await readJson(candidate, io, 'config file', true)
      if (!read.ok) return read
      if (read.value !== undefined) {
        raw = read.value
        source = candidate
        break
      }
    }
    if (source === undefined) {
      const manifest = await readJson('package.json', io, 'package.json', true)
      const key = manifest.ok && typeof manifest.value === 'object' && manifest.value !== null ? (manifest.value as Record<string, unknown>).cablelint : undefined
      if (key !== undefined) {
        raw = key
        source = 'package.json#cablelint'
      }
    }
  }
  const parsed = parseConfig(raw ?? {}, ruleIds)
  if (!parsed.ok) return {ok: false, error: invalid('config', source ?? '(default)', parsed.errors)}
  const config = parsed.config
  for (const [id, severity] of Object.entries(options.rules)) {
    if (!ruleIds.includes(id)) {
      const near = closest(id, ruleIds)
      return {ok: false, error: {exitCode: exitCodes.usage, message: `unknown rule '${id}' in --rule.${near === undefined ? '' : ` Did you mean '${near}'?`}`, hint: "Run 'cablelint rules' for the list."}}
    }
    config.rules[id] = severity === 'warn' ? 'warning' : severity
  }
  return {ok: true, value: config}
}

export async function loadSuppressions(path: string | undefined, io: Io): Promise<Loaded<Suppressions | undefined>> {
  if (path === undefined) return {ok: true, value: undefined}
  const read = await readJson(path, io, 'suppressions file')
  if (!read.ok) return read
  const parsed = parseSuppressions(read.value, ruleIds)
  return parsed.ok ? {ok: true, value: parsed.suppressions} : {ok: false, error: invalid('suppressions file', path, parsed.errors)}
}

/** The baseline; absent file is an empty baseline when it is about to be written. */
export async function loadBaseline(path: string | undefined, io: Io, updating: boolean): Promise<Loaded<Baseline | undefined>> {
  if (path === undefined) return {ok: true, value: undefined}
  const read = await readJson(path, io, 'baseline file', updating)
  if (!read.ok) return read
  if (read.value === undefined) return {ok: true, value: undefined}
  const parsed = baselineSchema.safeParse(read.value)
  if (parsed.success) return {ok: true, value: parsed.data}
  return {ok: false, error: invalid('baseline file', path, parsed.error.issues.map((issue) => ({path: issue.path.join('.') || '(root)', message: issue.message})))}
}

export async function loadDecisions(path: string | undefined, io: Io): Promise<Loaded<Decisions | undefined>> {
  if (path === undefined) return {ok: true, value: undefined}
  const read = await readJson(path, io, 'decisions file')
  if (!read.ok) return read
  const parsed = parseDecisions(read.value)
  return parsed.ok ? {ok: true, value: parsed.decisions} : {ok: false, error: invalid('decisions file', path, parsed.issues)}
}
