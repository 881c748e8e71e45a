/**
 * Where the shared corpus is and whether it is there: corpus tests skip with a message when it
 * is absent. Never copy corpus files into the repo.
 *
 * The corpus is `../shared/corpus` from the repository root, or the folder named by the
 * environment variable `CABLELINT_CORPUS`.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..')

/** The corpus directory: `cables/`, `variants/`, `MANIFEST.tsv`, `PROTECT_MARKERS.tsv`. */
export const corpusDir = process.env.CABLELINT_CORPUS ? resolve(process.env.CABLELINT_CORPUS) : resolve(repoRoot, '..', 'shared', 'corpus')

/** Whether the corpus is present. */
export const corpusAvailable = existsSync(join(corpusDir, 'MANIFEST.tsv'))

/** What a skipped corpus test says. */
export const corpusSkipMessage = `cablelint: corpus not found at ${corpusDir} (set CABLELINT_CORPUS or place it at ../shared/corpus): corpus tests skipped`

let warned = false
/** Print {@link corpusSkipMessage} once per process when the corpus is absent. */
export function warnIfCorpusMissing(): void {
  if (corpusAvailable || warned) return
  warned = true
  console.warn(corpusSkipMessage)
}

/** Rows of a tab-separated file with a header line, as records keyed by the header. */
export function readTsv(path: string): Array<Record<string, string>> {
  const [head = '', ...lines] = readFileSync(path, 'utf8').split('\n').filter((line) => line !== '')
  const keys = head.split('\t')
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [keys[index] ?? String(index), value])))
}

/** One row of `MANIFEST.tsv` (or `variants/MANIFEST.tsv`). */
export interface ManifestRow {
  id: string
  /** Relative to the corpus directory: `cables/<ID>.txt`, `variants/<ID>__<repo>.txt`. */
  file: string
  /** As the archive states it; empty for the plain-text cables without metadata. */
  classification: string
}

/** One row of `PROTECT_MARKERS.tsv`. Line, column and offset count characters (code points). */
export interface ProtectMarkerRow {
  id: string
  line: number
  column: number
  offset: number
  marker: string
}

/** The cables of `cables/`, from `MANIFEST.tsv`. */
export function readManifest(): ManifestRow[] {
  return readTsv(join(corpusDir, 'MANIFEST.tsv')).map((row) => ({id: row.id ?? '', file: row.file ?? '', classification: row.classification ?? ''}))
}

/** The older renderings of `variants/`, from `variants/MANIFEST.tsv`. */
export function readVariantManifest(): ManifestRow[] {
  return readTsv(join(corpusDir, 'variants', 'MANIFEST.tsv')).map((row) => ({id: row.id ?? '', file: row.file ?? '', classification: row.classification ?? ''}))
}

/** Every row of `PROTECT_MARKERS.tsv`. */
export function readProtectMarkers(): ProtectMarkerRow[] {
  return readTsv(join(corpusDir, 'PROTECT_MARKERS.tsv')).map((row) => ({
    id: row.id ?? '',
    line: Number(row.line),
    column: Number(row.column),
    offset: Number(row.offset),
    marker: row.marker ?? '',
  }))
}
