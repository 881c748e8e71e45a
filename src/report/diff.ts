/**
 * Unified diff of an original cable and its redacted version, for review (`--format diff`).
 * A formatter: pure `(inputs) → string` (STYLE principle 9). The diff shows the original
 * lines, so it is for the reviewer's eyes only, like the original itself.
 */
import {createTwoFilesPatch} from 'diff'

/** `--- path (original)` / `+++ path (redacted)` unified diff with three lines of context. */
export function diffRedaction(path: string, original: string, redacted: string): string {
  return createTwoFilesPatch(path, path, original, redacted, 'original', 'redacted', {context: 3})
}
