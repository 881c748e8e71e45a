/**
 * Unified diff of an original cable and its redacted version, for review (`--format diff`).
 * A formatter: pure `(inputs) → string` (STYLE principle 9). The diff shows the original
 * lines, so it is for the reviewer's eyes only, like the original itself.
 */
import {createTwoFilesPatch} from 'diff'
import {partitionPoint} from '../partition-point.js'

/** Where one replacement lies in the original and in the output (see `splice.ts`). */
export interface PlacedReplacement {
  span: {start: number; end: number}
  outputStart: number
  outputEnd: number
}

const context = 3

/**
 * `--- path (original)` / `+++ path (redacted)` unified diff with three lines of context.
 *
 * With `placed` (the spliced spans, in order), the changed lines are known: every line a span
 * touches, and nothing else, since the redactor copies everything outside its spans. The hunks
 * are then written in one pass. jsdiff's `createTwoFilesPatch`, which finds the changes itself
 * (Myers), was 2.0 of the 3.5 s of a corpus redaction with diffs (bench/RESULTS.md); it is kept
 * for callers without spans. Both give the same format: jsdiff's header, `@@ -a,b +c,d @@`,
 * lines split after `\n` only, and `\ No newline at end of file`.
 */
export function diffRedaction(path: string, original: string, redacted: string, placed?: readonly PlacedReplacement[]): string {
  if (placed === undefined) return createTwoFilesPatch(path, path, original, redacted, 'original', 'redacted', {context})
  const head = `Index: ${path}\n===================================================================\n--- ${path}\toriginal\n+++ ${path}\tredacted\n`
  const before = lineStarts(original)
  const after = lineStarts(redacted)
  const blocks = changedBlocks(placed, before, after, original.length, redacted.length, redacted.endsWith('\n'))
  if (blocks.length === 0) return head
  const parts: string[] = [head]
  for (let first = 0; first < blocks.length; ) {
    // One hunk: blocks whose unchanged gaps are at most two contexts long.
    let last = first
    while (last + 1 < blocks.length && blocks[last + 1]!.oldFrom - blocks[last]!.oldTo - 1 <= 2 * context) last++
    parts.push(hunk(blocks.slice(first, last + 1), original, before, redacted, after))
    first = last + 1
  }
  return parts.join('')
}

/** Changed lines: `[oldFrom, oldTo]` of the original become `[newFrom, newTo]` of the output (inclusive). */
interface Block {
  oldFrom: number
  oldTo: number
  newFrom: number
  newTo: number
}

/** Offsets where lines start; a line ends after its `\n` (jsdiff's `diffLines` splitting). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) starts.push(at + 1)
  return text.length === 0 ? [] : starts
}

/** The line holding `offset` (the last line for an offset at the very end). */
function lineOf(starts: readonly number[], offset: number): number {
  return Math.max(0, partitionPoint(starts.length, (at) => starts[at]! > offset) - 1)
}

function changedBlocks(placed: readonly PlacedReplacement[], before: readonly number[], after: readonly number[], oldLength: number, newLength: number, endsWithBreak: boolean): Block[] {
  const blocks: Block[] = []
  for (const item of placed) {
    // The text after a span continues the output line the replacement is on, so the line where
    // the span ends (past a `\n` it removed: the next line) changes too.
    const block: Block = {
      oldFrom: lineOf(before, item.span.start),
      oldTo: lineOf(before, Math.min(item.span.end, oldLength - 1)),
      newFrom: lineOf(after, item.outputStart),
      newTo: lineOf(after, Math.min(item.outputEnd, Math.max(0, newLength - 1))),
    }
    // An empty replacement at the very end of an output that is empty or ends with a line break
    // (the last line removed whole) adds no output line: the lines before it are unchanged.
    if (item.outputStart === newLength && (newLength === 0 || endsWithBreak)) {
      block.newFrom = after.length
      block.newTo = after.length - 1
    }
    // Touching or adjacent changed lines make one block (all removals, then all additions).
    const previous = blocks.at(-1)
    if (previous && block.oldFrom <= previous.oldTo + 1) {
      previous.oldTo = Math.max(previous.oldTo, block.oldTo)
      previous.newTo = Math.max(previous.newTo, block.newTo)
    } else blocks.push(block)
  }
  return blocks
}

function lineText(text: string, starts: readonly number[], index: number): string {
  return text.slice(starts[index], starts[index + 1] ?? text.length)
}

/** A hunk line: the marker, the line, and jsdiff's note when the text ends without a newline. */
function line(marker: string, content: string): string {
  return content.endsWith('\n') ? `${marker}${content}` : `${marker}${content}\n\\ No newline at end of file\n`
}

function hunk(blocks: readonly Block[], original: string, before: readonly number[], redacted: string, after: readonly number[]): string {
  const first = blocks[0]!
  const last = blocks.at(-1)!
  const oldStart = Math.max(0, first.oldFrom - context)
  const oldEnd = Math.min(before.length - 1, last.oldTo + context)
  // Outside the blocks, lines are the same on both sides: the output line is the original one shifted.
  const newStart = first.newFrom - (first.oldFrom - oldStart)
  const newEnd = last.newTo + (oldEnd - last.oldTo)
  const body: string[] = []
  let oldAt = oldStart
  for (const block of blocks) {
    for (; oldAt < block.oldFrom; oldAt++) body.push(line(' ', lineText(original, before, oldAt)))
    for (let index = block.oldFrom; index <= block.oldTo; index++) body.push(line('-', lineText(original, before, index)))
    for (let index = block.newFrom; index <= block.newTo; index++) body.push(line('+', lineText(redacted, after, index)))
    oldAt = block.oldTo + 1
  }
  for (; oldAt <= oldEnd; oldAt++) body.push(line(' ', lineText(original, before, oldAt)))
  const oldLines = oldEnd - oldStart + 1
  const newLines = newEnd - newStart + 1
  return `@@ -${oldLines === 0 ? oldStart : oldStart + 1},${oldLines} +${newLines === 0 ? newStart : newStart + 1},${newLines} @@\n${body.join('')}`
}
