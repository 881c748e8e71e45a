/**
 * Classification levels, their order and the dissemination caveats.
 *
 * This is the only module that compares two levels: every rule and the redactor ask it,
 * so that the order is written once (32 CFR 2001.21: the overall marking is the highest
 * level of any portion, which presumes one agreed order).
 */

/**
 * A classification or control level as written on cables.
 * - `U`: unclassified.
 * - `SBU`: sensitive but unclassified, an administrative control (12 FAM 541).
 * - `LOU`: limited official use, replaced by SBU on 1 Oct 1995 (STATE 018029, 2000).
 * - `C`, `S`, `TS`: the three levels of E.O. 12958 §1.3.
 */
export type Level = 'U' | 'SBU' | 'LOU' | 'C' | 'S' | 'TS'

/** Levels a public version may be produced at (`--release`). */
export type ReleaseLevel = 'U' | 'SBU' | 'C' | 'S'

/** Every level, lowest first. */
export const levels: readonly Level[] = ['U', 'SBU', 'LOU', 'C', 'S', 'TS']

/** Release levels, lowest first. */
export const releaseLevels: readonly ReleaseLevel[] = ['U', 'SBU', 'C', 'S']

/**
 * Rank of each level. SBU and LOU share a rank: LOU is the pre-1995 name of the same
 * administrative control (STATE 018029), so neither is "above" the other.
 */
const rank: Readonly<Record<Level, number>> = {U: 0, SBU: 1, LOU: 1, C: 2, S: 3, TS: 4}

/** Whether `level` is a national-security classification (C, S, TS) rather than U/SBU/LOU. */
export function isClassified(level: Level): boolean {
  return rank[level] >= rank.C
}

/** Whether `a` is strictly above `b`. */
export function exceeds(a: Level, b: Level): boolean {
  return rank[a] > rank[b]
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareLevels(a: Level, b: Level): number {
  return rank[a] - rank[b]
}

/** The highest of the given levels, or `undefined` for none. */
export function highest(list: Iterable<Level>): Level | undefined {
  let top: Level | undefined
  for (const level of list) if (top === undefined || exceeds(level, top)) top = level
  return top
}

/** Whether a portion at `level` may appear in a version released at `release`. */
export function releasable(level: Level, release: ReleaseLevel): boolean {
  return rank[level] <= rank[release]
}

/** Terms after `U` that make an unclassified portion sensitive: SBU, law-enforcement sensitive, LOU. */
const sensitiveTerms: ReadonlySet<string> = new Set(['SBU', 'LES', 'LOU'])

/**
 * The level a portion is released at: its marking's, except that an unclassified portion under a
 * control that keeps it from the public (`(U//FOUO)`, `(U//SENSITIVE)`, `(U//SBU)`, `(U//LES)`)
 * is sensitive but unclassified, as `(SBU)` is. 12 FAM 541: SBU is information not classified
 * that still warrants protection; the archive maps SBU to `UNCLASSIFIED//FOR OFFICIAL USE ONLY`
 * (STATE 018029, MARKING-RULES C.7). Read as plain `U`, the `(U//FOUO)` portions of two SECRET
 * cables (09STATE15113, 09STATE83026) were released at U.
 */
export function publicLevel(marking: {level: Level | null; caveats?: readonly string[] | undefined; extraTerms?: readonly string[] | undefined}): Level | null {
  if (marking.level !== 'U') return marking.level
  const controlled = (marking.caveats ?? []).some((caveat) => caveat === 'FOUO' || caveat === 'SENSITIVE') || (marking.extraTerms ?? []).some((term) => sensitiveTerms.has(term))
  return controlled ? 'SBU' : 'U'
}

/**
 * Dissemination and handling caveats that a marking can carry, normalised.
 * `NOFORN` covers `NF`, `/N` (SBU/N, 5 FAH-1 H-246.2c) and `NOFORN`.
 */
export type Caveat = 'NOFORN' | 'FOUO' | 'EFTO' | 'SENSITIVE' | 'ORCON' | 'PROPIN' | 'NOCONTRACT'

/** Every caveat this module knows. */
export const caveats: readonly Caveat[] = ['NOFORN', 'FOUO', 'EFTO', 'SENSITIVE', 'ORCON', 'PROPIN', 'NOCONTRACT']

/** Human name of a level, for messages and reports. */
export const levelNames: Readonly<Record<Level, string>> = {
  U: 'UNCLASSIFIED',
  SBU: 'SENSITIVE BUT UNCLASSIFIED',
  LOU: 'LIMITED OFFICIAL USE',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
}
