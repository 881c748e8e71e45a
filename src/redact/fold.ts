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
