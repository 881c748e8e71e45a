/**
 * Suppressions: cables have no comment syntax, so findings are suppressed from a sidecar
 * file, each entry with a required justification. A suppressed finding is kept (SARIF
 * `suppressions`, JSON `suppressed`) but not counted towards the exit code.
 *
 * ```json
 * {"suppressions": [{"rule": "portion-marking", "files": "cables/09*.txt",
 *   "fingerprint": "3f2a…", "justification": "Unmarked in the original; see ticket 12"}]}
 * ```
 */
import * as z from 'zod'
import {closest, matchGlob, type ConfigError} from './config.js'
import type {Finding} from './finding.js'

export function suppressionsSchema(ruleIds: readonly string[]) {
  return z.strictObject({
    suppressions: z.array(
      z.strictObject({
        rule: z.string().superRefine((rule, context) => {
          if (ruleIds.includes(rule)) return
          const near = closest(rule, ruleIds)
          context.addIssue({code: 'custom', message: near === undefined ? 'Unknown rule id' : `Unknown rule id, did you mean \`${near}\`?`})
        }),
        files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
        /** Only the finding with this message id. */
        messageId: z.string().min(1).optional(),
        /** Only the finding with this fingerprint (as in the JSON/SARIF output). */
        fingerprint: z.string().min(1).optional(),
        justification: z.string().trim().min(1, {message: 'A justification is required'}),
      }),
    ),
  })
}

export type Suppressions = z.infer<ReturnType<typeof suppressionsSchema>>
export type Suppression = Suppressions['suppressions'][number]

export type SuppressionsResult = {ok: true; suppressions: Suppressions} | {ok: false; errors: ConfigError[]}

/** Validate a parsed suppressions file. */
export function parseSuppressions(input: unknown, ruleIds: readonly string[]): SuppressionsResult {
  const result = suppressionsSchema(ruleIds).safeParse(input)
  if (result.success) return {ok: true, suppressions: result.data}
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(root)',
      message: issue.code === 'unrecognized_keys' ? `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}` : issue.message,
    })),
  }
}

/** Whether `entry` covers `finding` in the file at `path`. */
export function suppresses(entry: Suppression, finding: Finding, path: string | undefined): boolean {
  if (entry.rule !== finding.ruleId) return false
  if (entry.messageId !== undefined && entry.messageId !== finding.messageId) return false
  if (entry.fingerprint !== undefined && entry.fingerprint !== finding.fingerprint) return false
  const patterns = typeof entry.files === 'string' ? [entry.files] : entry.files
  return path !== undefined && patterns.some((pattern) => matchGlob(pattern, path))
}

/** Split findings into active and suppressed; suppressed ones carry their justification. */
export function applySuppressions(
  findings: readonly Finding[],
  path: string | undefined,
  suppressions: Suppressions | undefined,
): {active: Finding[]; suppressed: Finding[]} {
  const active: Finding[] = []
  const suppressed: Finding[] = []
  for (const finding of findings) {
    const entry = suppressions?.suppressions.find((candidate) => suppresses(candidate, finding, path))
    if (entry) {
      finding.suppression = {justification: entry.justification}
      suppressed.push(finding)
    } else active.push(finding)
  }
  return {active, suppressed}
}
