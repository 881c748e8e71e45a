/**
 * The cables a review session may show: those discovered under the PATH it was started with,
 * keyed by their path relative to that PATH. The server looks cables up here by key only, so
 * it can never be made to read a file that discovery did not list (no `../`, no absolute paths).
 */
import {readFile, stat} from 'node:fs/promises'
import {basename, dirname, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import {discover} from '../batch/discover.js'
import type {ReleaseLevel} from '../classification.js'
import {decode} from '../input/decode.js'
import {lint} from '../lint/engine.js'
import {redact} from '../redact/redact.js'
import {parse} from '../syntax/parse.js'

export interface CableEntry {
  /** Relative to the session's PATH, with `/` separators: the key the page uses. */
  id: string
  /** Absolute path on disk. */
  path: string
}

export interface CableSummary {
  id: string
  findings: number
  errors: number
  spans: number
  /** Ambiguous tokens (`He` at a sentence start) the reviewer should look at. */
  ambiguous: number
  /** The cable could not be read (not text, empty…). */
  unreadable?: string | undefined
}

/** The cables under `root` (a file or a directory), sorted by id. */
export async function listCables(root: string, ext: readonly string[] = ['txt']): Promise<CableEntry[]> {
  const absolute = resolve(root)
  const kind = await stat(absolute)
  const base = kind.isDirectory() ? absolute : dirname(absolute)
  const found = await discover([absolute], {ext, cwd: base})
  if (!found.ok) return []
  return found.files
    .map((file) => resolve(base, file))
    .filter((file) => file === absolute || file.startsWith(base + sep))
    .map((file) => ({id: kind.isDirectory() ? relative(base, file).split(sep).join('/') : basename(file), path: file}))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export type ReadCableResult = {ok: true; text: string} | {ok: false; reason: string}

/** Read and decode one cable (UTF-8 or Latin-1, as the CLI does). */
export async function readCable(path: string): Promise<ReadCableResult> {
  const decoded = decode(await readFile(path), path)
  if (!decoded.ok) return {ok: false, reason: decoded.error.code}
  return {ok: true, text: String(decoded.file.value)}
}

/** Counts for the cable list: lint findings and redaction spans at `release`. */
export async function summarizeCable(entry: CableEntry, release: ReleaseLevel): Promise<CableSummary> {
  const read = await readCable(entry.path)
  if (!read.ok) return {id: entry.id, findings: 0, errors: 0, spans: 0, ambiguous: 0, unreadable: read.reason}
  const tree = parse(read.text)
  const linted = lint(new VFile({path: entry.path, value: read.text}), {tree})
  const redacted = redact(read.text, {release, tree})
  return {
    id: entry.id,
    findings: linted.messages.length,
    errors: linted.messages.filter((message) => message.fatal === true).length,
    spans: redacted.spans.length,
    ambiguous: redacted.log.filter((entry) => entry.ambiguous === true).length,
  }
}
