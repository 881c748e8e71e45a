/**
 * A small writer that remembers where things land: text pieces, named anchors and name
 * mentions. Layout (CR LF, trailing spaces) is applied piece by piece before offsets are
 * counted, so ranges are exact in the final text.
 */
import type {MentionForm, TextRange} from './ground-truth.js'

/** A piece of a document being written. */
export type Piece =
  | {kind: 'text'; text: string}
  | {kind: 'anchor'; name: string}
  | {kind: 'mention'; text: string; person: number; form: MentionForm; protectMarker: boolean}

/** Where each anchor and mention ended up. */
export interface Rendered {
  text: string
  anchors: Map<string, number>
  mentions: Array<TextRange & {person: number; form: MentionForm; protectMarker: boolean}>
}

export const text = (value: string): Piece => ({kind: 'text', text: value})
export const anchor = (name: string): Piece => ({kind: 'anchor', name})

/** Concatenate pieces, applying CR LF and trailing spaces, and record offsets. */
export function render(pieces: readonly Piece[], options: {crlf: boolean; trailingSpaces: boolean}): Rendered {
  let out = ''
  const anchors = new Map<string, number>()
  const mentions: Rendered['mentions'] = []
  for (const piece of pieces) {
    if (piece.kind === 'anchor') {
      anchors.set(piece.name, out.length)
      continue
    }
    let value = piece.text
    if (piece.kind === 'text' && options.trailingSpaces) {
      // Two spaces before each line break that ends a non-empty line (as in seed 000).
      let spaced = ''
      for (const char of value) {
        const previous = spaced.length > 0 ? spaced.at(-1) : out.at(-1)
        if (char === '\n' && previous !== undefined && previous !== '\n' && previous !== ' ') spaced += '  '
        spaced += char
      }
      value = spaced
    }
    if (options.crlf) value = value.replace(/\n/g, '\r\n')
    const start = out.length
    out += value
    if (piece.kind === 'mention') {
      mentions.push({start, end: out.length, person: piece.person, form: piece.form, protectMarker: piece.protectMarker})
    }
  }
  return {text: out, anchors, mentions}
}

/** `[start, end)` without surrounding white space. */
export function trimRange(value: string, start: number, end: number): TextRange {
  let from = start
  let to = end
  while (from < to && /\s/.test(value[from] ?? '')) from++
  while (to > from && /\s/.test(value[to - 1] ?? '')) to--
  return {start: from, end: to}
}
