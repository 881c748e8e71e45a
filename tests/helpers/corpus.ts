/**
 * Where the shared corpus is (`../shared/corpus` from the repository root) and whether it is
 * there: corpus tests skip with a message when it is absent. Never copy corpus files into the repo.
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'

/** The corpus directory: `cables/`, `MANIFEST.tsv`, `PROTECT_MARKERS.tsv`. */
export const corpusDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')

/** Whether the corpus is present. */
export const corpusAvailable = existsSync(join(corpusDir, 'MANIFEST.tsv'))
