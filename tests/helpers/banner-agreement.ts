/**
 * Does a cable's banner agree with the archive's classification (`MANIFEST.tsv`)? Shared by the
 * corpus test and `scripts/corpus-banner-report.ts`, so the report and the test apply one rule.
 *
 * The rule, level against level (caveats such as NOFORN are not compared):
 * - `CONFIDENTIAL`, `CONFIDENTIAL//NOFORN` → C; `SECRET`, `SECRET//NOFORN` → S;
 *   `UNCLASSIFIED` → U: the first banner of the cable (not a duplicate) must carry that level.
 * - `UNCLASSIFIED//FOR OFFICIAL USE ONLY` is how the archive writes SBU cables (MARKING-RULES
 *   C.7). On the cables themselves SBU is an `UNCLAS` banner with a `SENSITIVE` caption line
 *   (12 FAM 541; 5 FAH-2 H-440) or `(SBU)` portions. So it agrees when the banner's level is SBU,
 *   or when the banner is U and the cable shows SBU somewhere in its header or body: a handling
 *   line or banner caveat `SENSITIVE`/`FOUO`, a `SENSITIVE` caption in the banner's own line, or a
 *   portion (or subject) marked SBU.
 * - A cable "has a banner" when the parser found one, or when {@link bannerLineOf}, written
 *   here independently of the parser, finds a banner-like line (garbled spellings included). A
 *   cable with such a line but no parsed banner disagrees. Cables with neither, or without an
 *   archive classification (the plain-text files), are not counted.
 */
import type {Level} from '../../src/classification.js'
import type {Root} from '../../src/syntax/types.js'

/** The level the archive's classification names, or `undefined` when it names none. */
export function manifestLevel(classification: string): Level | undefined {
  const value = classification.trim().toUpperCase()
  if (value === '') return undefined
  if (/^UNCLASSIFIED\s*\/\/\s*FOR OFFICIAL USE ONLY$/.test(value)) return 'SBU'
  if (value.startsWith('UNCLASSIFIED')) return 'U'
  if (value.startsWith('CONFIDENTIAL')) return 'C'
  if (value.startsWith('SECRET')) return 'S'
  if (value.startsWith('TOP SECRET')) return 'TS'
  return undefined
}

/** Whether the tree shows SBU anywhere: a SENSITIVE/FOUO caption or caveat, or an SBU marking. */
export function showsSbu(tree: Root): boolean {
  for (const node of tree.children) {
    if (node.type === 'handling' && node.caveats.some((caveat) => caveat === 'SENSITIVE' || caveat === 'FOUO')) return true
    if (node.type === 'banner' && node.marking.caveats.some((caveat) => caveat === 'SENSITIVE' || caveat === 'FOUO')) return true
    if (node.type === 'subject' && node.marking?.level === 'SBU') return true
    if (node.type === 'paragraph' && node.children.some((portion) => portion.marking?.level === 'SBU')) return true
  }
  return false
}

/**
 * The 1-based number of the first banner-like line in the first 80 lines, or `undefined`. Loose
 * on purpose: Unicode space or a glued record number / `Cable dated:` stamp before it, a doubled
 * or mis-spaced first letter (`UUNCLAS`, `SS E C R E T`, `C ONFIDENTIAL`); then the end of the
 * line, `SECTION`, or a six-digit serial on the line.
 */
export function bannerLineOf(text: string): number | undefined {
  const lines = text.split(/\r\n|\n|\r/, 80)
  const level = /^(?:U ?(?:U ?)?N ?C ?L ?A ?S(?:SIFIED)?|C ?(?:C ?)?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?(?:S ?)?E ?C ?R ?E ?T|TOP SECRET)(?=\s|$|SECTION|\/)/
  for (const [index, line] of lines.entries()) {
    const body = line.replace(/^\s*(?:Cable dated:\S*?(?=[A-Z]{2}|[A-Z] [A-Z])|\d{4,8}(?=[A-Z]))?/, '')
    const found = level.exec(body)
    if (!found) continue
    const rest = body.slice(found[0].length).trim()
    if (rest === '' || /^(?:\/|SECTION|E F T O|EFTO|SENSITIVE)/.test(rest) || /\b\d{6}\b|\d{6}$/.test(rest.slice(0, 60))) return index + 1
  }
  return undefined
}

/** The outcome for one cable. */
export interface BannerAgreement {
  /** `undefined` when the cable is not counted (no banner or no archive classification). */
  agrees: boolean | undefined
  expected: Level | undefined
  banner: Level | null | undefined
}

/** Apply the rule above to one parsed cable. */
export function bannerAgreement(text: string, tree: Root, classification: string): BannerAgreement {
  const expected = manifestLevel(classification)
  const banner = tree.children.find((node) => node.type === 'banner' && !node.duplicate)
  const level = banner?.type === 'banner' ? banner.marking.level : undefined
  if (expected === undefined || (banner === undefined && bannerLineOf(text) === undefined)) return {agrees: undefined, expected, banner: level}
  if (level === expected) return {agrees: true, expected, banner: level}
  if (expected === 'SBU' && level === 'U' && showsSbu(tree)) return {agrees: true, expected, banner: level}
  return {agrees: false, expected, banner: level}
}
