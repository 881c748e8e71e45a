/**
 * Accent folding that keeps offsets: `Fernández` and `Fernandez` are the same name in a
 * cable (both spellings occur), so names are matched on folded text. Each UTF-16 code unit
 * maps to exactly one code unit, so an offset in the folded text is the same offset in the
 * original.
 */

/** Fold one code unit: Latin letters with diacritics (U+00C0–U+024F) to their base letter. */
function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0)
  if (code < 0xc0 || code > 0x24f) return unit
  const base = unit.normalize('NFD').charAt(0)
  return /[A-Za-z]/.test(base) ? base : unit
}

const foldable = /[\u00c0-\u024f]/g

/**
 * `text` with accents folded, same length, same offsets. One regex replacement: building the
 * result a code unit at a time made a 20 MB cable cost seconds and hundreds of megabytes.
 */
export function fold(text: string): string {
  foldable.lastIndex = 0
  if (!foldable.test(text)) return text
  foldable.lastIndex = 0
  return text.replace(foldable, foldUnit)
}
