/**
 * Where the review page keeps a cable's decisions, and how it writes them: one file per cable,
 * `<cable path without .txt>.decisions.json` (never `*.txt`, so that discovery never reads it
 * as a cable), written atomically so that a crash never loses or half-writes a decision. The
 * file is the one `cablelint redact --decisions FILE` reads (`src/redact/decisions.ts`).
 */
import {readFile} from 'node:fs/promises'
import {writeAtomic} from '../cli/atomic-write.js'
import {parseDecisions, type Decisions, type DecisionsIssue} from '../redact/decisions.js'

/** The decisions file of the cable at `cablePath`. */
export function decisionsPathFor(cablePath: string): string {
  return /\.txt$/i.test(cablePath) ? cablePath.replace(/\.txt$/i, '.decisions.json') : `${cablePath}.decisions.json`
}

export type ReadDecisionsResult = {ok: true; decisions: Decisions; exists: boolean} | {ok: false; issues: DecisionsIssue[]}

/** Read a cable's decisions file; a missing file is an empty list. */
export async function readDecisionsFile(path: string): Promise<ReadDecisionsResult> {
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as {code?: unknown}).code === 'ENOENT') return {ok: true, decisions: {version: 1, decisions: []}, exists: false}
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return {ok: false, issues: [{path: '(root)', message: 'Expected JSON'}]}
  }
  const parsed = parseDecisions(json)
  return parsed.ok ? {ok: true, decisions: parsed.decisions, exists: true} : parsed
}

export type WriteDecisionsResult = {ok: true; decisions: Decisions} | {ok: false; issues: DecisionsIssue[]}

/** Validate `json` with the decisions schema and write it to `path` atomically. */
export function writeDecisionsFile(path: string, json: unknown): WriteDecisionsResult {
  const parsed = parseDecisions(json)
  if (!parsed.ok) return parsed
  const decisions: Decisions = {version: 1, decisions: parsed.decisions.decisions}
  writeAtomic(path, JSON.stringify(decisions, null, 2) + '\n')
  return {ok: true, decisions}
}
