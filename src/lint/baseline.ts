/**
 * Baselines: accept the findings a cable already has, report only new ones. A finding is
 * matched by rule + file + fingerprint of the finding's text, never by line, so that edits
 * elsewhere in the cable do not break the match (ESLint's bulk suppressions count per rule per
 * file; Rushstack uses a coarse scope id: both avoid line numbers).
 *
 * The fingerprint hashes the rule id, the message id and the finding's source text with white
 * space collapsed. The hash is not the text: a baseline file never carries cable content.
 */
import * as z from 'zod'
import {isWhiteSpace} from '../syntax/classify-line.js'
import type {Finding} from './finding.js'

export const baselineSchema = z.strictObject({
  version: z.literal(1),
  findings: z.array(
    z.strictObject({
      rule: z.string().min(1),
      file: z.string().min(1),
      fingerprint: z.string().min(1),
      /** How many findings with this fingerprint the file had. */
      count: z.number().int().positive(),
    }),
  ),
})

export type Baseline = z.infer<typeof baselineSchema>

/**
 * The fingerprint of a finding: 16 hex digits, the hash of
 * `${ruleId}\u0000${messageId}\u0000${text.replace(/\s+/g, ' ').trim()}`. The text is
 * collapsed as it is hashed rather than copied first (13,000 findings over the corpus, some
 * a whole paragraph); the digits are those of the copy, so existing baselines still match.
 */
export function fingerprint(ruleId: string, messageId: string, text: string): string {
  const prefix = `${ruleId}\u0000${messageId}\u0000`
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < prefix.length; index++) {
    const code = prefix.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  // A run of white space counts as one space, and none before the first or after the last word.
  let written = false
  let space = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isWhiteSpace(code)) {
      space = written
      continue
    }
    if (space) {
      h1 = Math.imul(h1 ^ 32, 2654435761)
      h2 = Math.imul(h2 ^ 32, 1597334677)
      space = false
    }
    written = true
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

function normalPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '')
}

/** A baseline accepting every given finding. Entries are sorted so the file diffs well. */
export function createBaseline(files: ReadonlyArray<{path: string; messages: readonly Finding[]}>): Baseline {
  const counts = new Map<string, Baseline['findings'][number]>()
  for (const {path, messages} of files) {
    for (const finding of messages) {
      const file = normalPath(path)
      const key = JSON.stringify([finding.ruleId, file, finding.fingerprint])
      const entry = counts.get(key)
      if (entry) entry.count++
      else counts.set(key, {rule: finding.ruleId, file, fingerprint: finding.fingerprint, count: 1})
    }
  }
  const findings = [...counts.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint),
  )
  return {version: 1, findings}
}

/** Drop findings the baseline accepts (up to each entry's count); return the rest and how many were dropped. */
export function applyBaseline(
  findings: readonly Finding[],
  path: string | undefined,
  baseline: Baseline | undefined,
): {active: Finding[]; baselined: number} {
  if (!baseline || path === undefined) return {active: [...findings], baselined: 0}
  const file = normalPath(path)
  const remaining = new Map<string, number>()
  for (const entry of baseline.findings) {
    if (normalPath(entry.file) !== file) continue
    const key = `${entry.rule}\u0000${entry.fingerprint}`
    remaining.set(key, (remaining.get(key) ?? 0) + entry.count)
  }
  const active: Finding[] = []
  let baselined = 0
  for (const finding of findings) {
    const key = `${finding.ruleId}\u0000${finding.fingerprint}`
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      remaining.set(key, left - 1)
      baselined++
    } else active.push(finding)
  }
  return {active, baselined}
}
