/**
 * Verify the redacted output independently of how it was made (the ESLint fuzzer's
 * "autofix" check turned into a guarantee): re-scan the output for every protected token,
 * check every span's text is gone from its place, and check that everything outside the
 * spans is byte-identical. Any failure is a `redaction-leak` message: `redact` returns
 * `ok: false`, the CLI exits 3 and writes nothing.
 *
 * The scan does not reuse `mentions.ts`: it looks for each name token with its own search
 * (any case, possessive, across line breaks since each token is sought alone), so a bug in
 * the finder is not repeated in the check. Messages give the rule and the place, never the text.
 */
import {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {isCommonWord, isNameParticle, openingNames} from './common-words.js'
import type {Entity} from './entities.js'
import {apostrophes, fold, foldCommaApostrophes, joinedSpellings, nameParts, nameSpellings, withoutIgnorables} from './fold.js'
import type {Range} from './markers.js'
import type {SplicedSpan} from './splice.js'
import {toOriginalOffset} from './splice.js'

export interface VerifyInput {
  original: string
  output: string
  placed: readonly SplicedSpan[]
  entities: readonly Entity[]
  /** Ambiguous tokens the reviewer chose to keep (original offsets). */
  kept?: readonly Range[] | undefined
}

const wordChar = /[\p{L}\p{M}\p{N}]/u

/**
 * Tokens to look for: each name word and hyphen part with two or more letters, no particles, in
 * each of its spellings (`nameSpellings`: accents folded however written, `ß` and `ss` both ways,
 * `Jörg` as `Joerg`). Accents written apart are not sought: the output is read without them.
 */
function protectedTokens(entity: Entity): string[] {
  // `split` gives a token without a hyphen back whole; one token per needle drops the repeat
  // (`Strauss` and `Strauß` in one name both spell `strauß`), so each place is reported once.
  const words = [...entity.tokens.flatMap(nameParts), ...joinedSpellings(entity.tokens)]
  const byNeedle = new Map<string, string>()
  for (const word of words) {
    if ((word.match(/\p{L}/gu)?.length ?? 0) < 2 || (isNameParticle(word) && !(word === entity.tokens[0] && openingNames.has(word)))) continue
    for (const spelling of nameSpellings(word)) if (!byNeedle.has(needleOf(spelling))) byNeedle.set(needleOf(spelling), spelling)
  }
  return [...byNeedle.values()]
}

function leak(reason: string, output: string, start: number, end: number): VFileMessage {
  const place = location(output)
  const from = place.toPoint(start)
  const to = place.toPoint(end)
  const message = new VFileMessage(reason, {
    ruleId: 'redaction-leak',
    source: 'cablelint',
    place: from !== undefined && to !== undefined ? {start: {...from, offset: start}, end: {...to, offset: end}} : undefined,
  })
  message.fatal = true
  message.url = 'docs/rules.md#redaction-leak'
  return message
}

/** Find each occurrence of `token` (folded, any case) in `haystack` (folded) at word boundaries. */
let lastHaystack: string | undefined
let lastLowered = ''

/** The haystack lower-cased once for all tokens (a 20 MB output would be copied per token). */
function lowerCased(haystack: string): string {
  if (haystack !== lastHaystack) {
    lastHaystack = haystack
    lastLowered = foldCommaApostrophes(haystack.toLowerCase().replace(apostrophes, "'"))
  }
  return lastLowered
}

function needleOf(token: string): string {
  return token.toLowerCase().replace(apostrophes, "'")
}

/** Whether the code unit at `index` of `text` is a letter, mark or digit (false out of range). */
function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (Number.isNaN(code)) return false
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return wordChar.test(text.charAt(index))
}

/**
 * Above this many tokens, `occurrencesOf` reads the output once for all of them; at or below
 * it, each token is sought on its own with `indexOf` (the usual cable names a few people,
 * and a few native searches are quicker than one pass in JavaScript).
 */
export const tokensSoughtAlone = 32

/**
 * Each token's occurrences (folded, any case) in `haystack` (folded) at word boundaries: not
 * preceded or followed by a letter, mark or digit. Keyed by the token's lower case.
 *
 * Each token sought with `indexOf` over the whole output made the check grow with the
 * number of names times the length: a cable naming 8,000 people spent half a second here
 * for 1.6 MB, and the time grows as the square when both grow. Past `tokensSoughtAlone`
 * tokens, every place that follows a non-word character is looked up once, by its first
 * three characters (all of a shorter token), among the tokens that open so.
 */
export function occurrencesOf(haystack: string, tokens: Iterable<string>, soughtAlone = tokensSoughtAlone): Map<string, number[]> {
  const found = new Map<string, number[]>()
  for (const token of tokens) found.set(needleOf(token), [])
  // Offsets in `lowered` are offsets in `haystack`: both are folded (`fold.ts`), and folding turns
  // `İ`, the one code unit whose lower case is longer (`i̇`), into `I`.
  const lowered = lowerCased(haystack)
  const isWhole = (index: number, length: number): boolean => !isWordUnit(haystack, index - 1) && !isWordUnit(haystack, index + length)
  if (found.size <= soughtAlone) {
    for (const [needle, indexes] of found) {
      for (let index = lowered.indexOf(needle); index !== -1; index = lowered.indexOf(needle, index + 1)) {
        if (isWhole(index, needle.length)) indexes.push(index)
      }
    }
    return found
  }
  const short = new Set<string>()
  const byPrefix = new Map<string, string[]>()
  for (const needle of found.keys()) {
    if (needle.length < 3) {
      if (needle.length > 0) short.add(needle)
      continue
    }
    const prefix = needle.slice(0, 3)
    const list = byPrefix.get(prefix)
    if (list === undefined) byPrefix.set(prefix, [needle])
    else list.push(needle)
  }
  for (let index = 0; index < lowered.length; index++) {
    if (isWordUnit(haystack, index - 1)) continue
    for (let length = 1; length < 3; length++) {
      const head = lowered.slice(index, index + length)
      if (head.length === length && short.has(head) && isWhole(index, length)) found.get(head)!.push(index)
    }
    for (const needle of byPrefix.get(lowered.slice(index, index + 3)) ?? []) {
      if (lowered.startsWith(needle, index) && isWhole(index, needle.length)) found.get(needle)!.push(index)
    }
  }
  return found
}

/** Check the output; an empty list means verified. */
export function verify(input: VerifyInput): VFileMessage[] {
  const {original, output, placed, entities} = input
  const kept = input.kept ?? []
  const messages: VFileMessage[] = []

  // 1. Everything outside the spans is the original, byte for byte.
  let cursor = 0
  let outputCursor = 0
  for (const item of placed) {
    const gap = item.span.start - cursor
    if (output.slice(outputCursor, outputCursor + gap) !== original.slice(cursor, item.span.start)) {
      messages.push(leak('Unexpected change outside the redaction spans, expected the original text', output, outputCursor, outputCursor + gap))
    }
    outputCursor = item.outputEnd
    cursor = item.span.end
  }
  if (output.slice(outputCursor) !== original.slice(cursor)) {
    messages.push(leak('Unexpected change outside the redaction spans, expected the original text', output, outputCursor, output.length))
  }

  // 2. Every span's own text is gone from its place.
  for (const item of placed) {
    const removed = original.slice(item.span.start, item.span.end)
    const at = output.slice(item.outputStart, item.outputEnd)
    if (at !== item.replacement || (removed.trim() !== '' && removed !== item.replacement && output.startsWith(removed, item.outputStart))) {
      const label = item.span.entity === undefined ? `\`${item.span.reason}\` span` : `span of \`${item.span.entity}\``
      messages.push(leak(`Unexpected text left in a ${label}, expected a placeholder`, output, item.outputStart, item.outputEnd))
    }
  }

  // 3. No protected token survives anywhere, read as it shows: without accents written apart or
  // soft hyphens (`Jose\u0301`, `Kho\u00ADuri`), found there and placed back in the output. A
  // cable that protects nobody, as most do, has no token to seek: it is not folded or searched.
  if (entities.length === 0) return messages
  const folded = fold(output)
  const unseen = withoutIgnorables(folded)
  const place = (offset: number): number => (unseen === undefined ? offset : unseen.toOriginal(offset))
  const tokensOf = entities.map(protectedTokens)
  const found = occurrencesOf(unseen?.text ?? folded, tokensOf.flat())
  for (const [at, entity] of entities.entries()) {
    for (const token of tokensOf[at]!) {
      const common = isCommonWord(token)
      for (const index of found.get(needleOf(token)) ?? []) {
        const start = place(index)
        const end = place(index + token.length)
        const written = output.slice(start, end)
        if (common && written === written.toLowerCase()) continue // the word, not the name
        const origin = toOriginalOffset(placed, start)
        if (kept.some((range) => origin >= range.start && origin < range.end)) continue
        messages.push(leak(`Unexpected protected token of \`${entity.label}\` in the redacted output, expected none`, output, start, end))
      }
    }
  }
  return messages
}
