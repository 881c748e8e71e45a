/** "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a typo. */

/**
 * Edit distance between `a` and `b`, counting a swap of two neighbours as one edit
 * (optimal string alignment): `pasre` is one typo away from `parse`.
 */
export function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? []
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      row[j] = best
    }
  }
  return at(a.length, b.length)
}

/**
 * The candidate closest to `name`, if within a third of its length (at least 1, at most 3
 * edits), or one that starts with `name` (`red` → `redact`).
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)))
  if (best !== undefined && bestDistance <= limit) return best
  return name.length >= 2 ? candidates.find((candidate) => candidate.startsWith(name.toLowerCase())) : undefined
}
