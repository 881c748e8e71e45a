/**
 * `portionMarking()`: a portion marking (`(C)`, `(SBU)`) at or below a level, or at any
 * level. The level order is `classification.ts`'s; the written forms are the standard ones
 * of 5 FAH-1 H-240 (no irregular forms here: those belong to lint tests of irregularities).
 */
import fc from 'fast-check'
import type {Level} from '../../classification.js'
import type {CableClassification} from '../ground-truth.js'

/** Levels a generated portion may carry, lowest first. */
export const portionLevels: readonly Level[] = ['U', 'SBU', 'C', 'S']

/** The levels a correctly marked portion may carry in a cable at `classification`. */
export function levelsWithin(classification: CableClassification): readonly Level[] {
  const top = portionLevels.indexOf(classification)
  return portionLevels.slice(0, top + 1)
}

/** Whether a portion at `level` is above a banner at `classification` (SBU under UNCLAS is not: MARKING-RULES). */
export function isAboveBanner(level: Level, classification: CableClassification): boolean {
  const banner = classification === 'SBU' ? 'U' : classification
  if (level === 'SBU' && (banner === 'U' || classification === 'SBU')) return false
  return portionLevels.indexOf(level) > portionLevels.indexOf(banner)
}

/** The marking as written: `(C)`. */
export function formatPortionMarking(level: Level): string {
  return `(${level})`
}

/**
 * A portion level: within `classification` when given (shrinks towards `U`), otherwise any
 * generated level.
 */
export function portionMarking(classification?: CableClassification): fc.Arbitrary<Level> {
  const levels = classification === undefined ? portionLevels : levelsWithin(classification)
  return fc.constantFrom(...levels)
}
