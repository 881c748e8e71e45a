/**
 * Accent folding that keeps offsets: `Fernández` and `Fernandez` are the same name in a
 * cable (both spellings occur), so names are matched on folded text. Each UTF-16 code unit
 * maps to exactly one code unit, so an offset in the folded text is the same offset in the
 * original.
 */

/** Fold one code unit of U+00C0–U+024F: a Latin letter with diacritics to its base letter. */
function foldUnit(unit: string): string {
  const base = unit.normalize('NFD').charAt(0)
  return /[A-Za-z]/.test(base) ? base : unit
}

/** The Latin letters with diacritics (and `×`, `÷`, `Æ`…, which `foldUnit` keeps). */
const foldable = /[\u00c0-\u024f]/g

/**
 * `text` with accents folded, same length, same offsets. One regex replacement: building the
 * result a code unit at a time made a 20 MB cable cost seconds and hundreds of megabytes.
 */
export function fold(text: string): string {
  return text.replace(foldable, foldUnit)
}

/**
 * The State systems' apostrophe garble, `,` for `'` inside a word (`O,Brien` for `O'Brien`, as
 * `Sarkozy,s` for `Sarkozy's`: 682 corpus cables), folded to `'`: a comma between two letters.
 * Same length, same offsets. A name written with an apostrophe is then found in either form.
 */
export function foldCommaApostrophes(text: string): string {
  // By `indexOf` over the commas, nearly all followed by a space: a look-around pattern of
  // Unicode letters over every cable cost a twentieth of a corpus redaction (bench/RESULTS.md).
  let pieces: string[] | undefined
  let copied = 0
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    if (!isLetterAt(text, at + 1) || !isLetterAt(text, at - 1)) continue
    ;(pieces ??= []).push(text.slice(copied, at), "'")
    copied = at + 1
  }
  return pieces === undefined ? text : pieces.join('') + text.slice(copied)
}

/** Whether the code unit at `index` is a letter (false out of range). */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (Number.isNaN(code)) return false
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return letter.test(text.charAt(index))
}

const letter = /\p{L}/u
