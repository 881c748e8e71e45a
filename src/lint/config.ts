/**
 * The configuration file's schema (zod, strict) and what it resolves to for one file.
 *
 * - `rules`: rule id → `error` | `warning` | `info` | `off`.
 * - `overrides`: per-path rule severities, `{files: glob | glob[], rules: {…}}`, applied in order.
 * - `protectMarkers`: extra protect-marker patterns (regular-expression sources, case-insensitive),
 *   passed to the parser as `ParseOptions.protectMarkerPatterns`.
 * - `release`: the release level for redaction.
 *
 * Errors are values that name the key path (`rules.no-portion-above-bannr`) and, for an unknown
 * rule id, the closest known id. They never echo the value that was given (STYLE principle 5).
 */
import * as z from 'zod'
import type {Severity} from './define-rule.js'

/** A configured severity: a severity, or `off`. */
export type RuleSetting = Severity | 'off'

const ruleSetting = z.enum(['error', 'warning', 'info', 'off'])

/** Build the schema for a set of known rule ids. */
export function configSchema(ruleIds: readonly string[]) {
  const ruleMap = z.record(z.string(), ruleSetting).superRefine((rules, context) => {
    for (const key of Object.keys(rules)) {
      if (ruleIds.includes(key)) continue
      const near = closest(key, ruleIds)
      context.addIssue({
        code: 'custom',
        path: [key],
        message: near === undefined ? 'Unknown rule id' : `Unknown rule id, did you mean \`${near}\`?`,
      })
    }
  })
  return z.strictObject({
    rules: ruleMap.default({}),
    overrides: z
      .array(
        z.strictObject({
          files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
          rules: ruleMap,
        }),
      )
      .default([]),
    protectMarkers: z
      .array(
        z.string().min(1).refine(isRegExpSource, {message: 'Invalid regular expression'}),
      )
      .default([]),
    release: z.enum(['U', 'SBU', 'C', 'S']).optional(),
  })
}

export type Config = z.infer<ReturnType<typeof configSchema>>

/** One problem with a config: where (`rules.foo`, `overrides[0].files`) and what. */
export interface ConfigError {
  path: string
  message: string
}

export type ConfigResult = {ok: true; config: Config} | {ok: false; errors: ConfigError[]}

/** Validate a parsed config object (from JSON) against the known rule ids. */
export function parseConfig(input: unknown, ruleIds: readonly string[]): ConfigResult {
  const result = configSchema(ruleIds).safeParse(input)
  if (result.success) return {ok: true, config: result.data}
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({path: formatPath(issue.path), message: describeIssue(issue)})),
  }
}

/** The empty config: every rule at its default severity. */
export function defaultConfig(): Config {
  return {rules: {}, overrides: [], protectMarkers: []}
}

/** The severity of each rule for the file at `path` (forward or back slashes). */
export function resolveRuleSettings(
  config: Config,
  defaults: Readonly<Record<string, Severity>>,
  path: string | undefined,
): Readonly<Record<string, RuleSetting>> {
  // Nothing configured (the usual run): the defaults as they are, not a copy for every cable.
  if (config.overrides.length === 0 && Object.keys(config.rules).length === 0) return defaults
  const settings: Record<string, RuleSetting> = {...defaults, ...config.rules}
  for (const override of config.overrides) {
    const patterns = typeof override.files === 'string' ? [override.files] : override.files
    if (path !== undefined && patterns.some((pattern) => matchGlob(pattern, path))) Object.assign(settings, override.rules)
  }
  return settings
}

/** The config's extra protect-marker patterns, compiled case-insensitive. */
export function protectMarkerPatterns(config: Config): RegExp[] {
  return config.protectMarkers.map((source) => new RegExp(source, 'i'))
}

/**
 * Whether `path` matches `pattern`: `**` crosses folders, `*` and `?` do not, `{a,b}` is a
 * choice. A pattern without `/` matches the file name in any folder (as in `.gitignore`).
 */
export function matchGlob(pattern: string, path: string): boolean {
  const normal = path.replace(/\\/g, '/').replace(/^\.\//, '')
  const target = pattern.includes('/') ? normal : (normal.split('/').at(-1) ?? normal)
  return globToRegExp(pattern.replace(/^\.\//, '')).test(target)
}

function globToRegExp(pattern: string): RegExp {
  let source = ''
  let depth = 0
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] ?? ''
    if (char === '*' && pattern[index + 1] === '*') {
      const slash = pattern[index + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      index += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '{') {
      depth++
      source += '(?:'
    } else if (char === '}' && depth > 0) {
      depth--
      source += ')'
    } else if (char === ',' && depth > 0) source += '|'
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

function isRegExpSource(source: string): boolean {
  try {
    new RegExp(source, 'i')
    return true
  } catch {
    return false
  }
}

/** The known id nearest to `key` by edit distance, if it is near enough to be a typo. */
export function closest(key: string, ids: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const id of ids) {
    const distance = editDistance(key, id)
    if (distance < bestDistance) {
      best = id
      bestDistance = distance
    }
  }
  return bestDistance <= Math.max(3, Math.floor(key.length / 3)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  return out === '' ? '(root)' : out
}

/** zod's message, without the received value (zod 4 messages name types, not values, except these). */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}`
    case 'invalid_value':
      return `Invalid value, expected one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`
    default:
      return issue.message
  }
}
