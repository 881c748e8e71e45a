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

/** `text` with accents folded, same length, same offsets. */
export function fold(text: string): string {
  let result = ''
  let changed = false
  for (let index = 0; index < text.length; index++) {
    const unit = text.charAt(index)
    const folded = foldUnit(unit)
    if (folded !== unit) changed = true
    result += folded
  }
  return changed ? result : text
}
