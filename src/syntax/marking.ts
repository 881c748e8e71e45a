/**
 * The one marking grammar of cablelint: portion markings (`(S//NF)`, `(SBU)`, `( c)`) and
 * banner markings (`C O N F I D E N T I A L SECTION 01 OF 03 …`, `SECRET//NOFORN`).
 *
 * Everything that reads a marking goes through here, so there is one definition of what a
 * marking is. The grammar only reads *tokens*; whether a token stands where a marking can
 * stand (after a paragraph number, at the start of a bullet, after `SUBJECT:`) is the
 * parser's decision. In particular `(c)` parses as a lowercase C marking here, and the
 * parser rejects it when it is item (c) of a lettered list (see {@link isLetteredListToken})
 * or the `(s)` of `visa(s)` (a marking never follows a letter directly).
 *
 * Levels are never compared here (that is `classification.ts`'s job); the grammar only names
 * them.
 *
 * Authorities: 5 FAH-1 H-246.2c (portion marks in parentheses after the paragraph number:
 * U, C, S, TS, SBU, SBU/N); 5 FAH-2 H-222 (the first line of a telegram is the
 * classification line: UNCLASSIFIED, UNCLAS EFTO, CONFIDENTIAL, SECRET…); the CAPCO
 * register as implemented by open validators (`//` between categories, `REL TO`, MARKING-RULES
 * C.6); 32 CFR 2001.23(a) (no other term may be combined with a level: `SECRET SENSITIVE`).
 */
import type {Caveat, Level} from '../classification.js'
import {codeAt, textSpan} from './lines.js'
import type {Marking, MarkingIrregularity, Position} from './types.js'

// ## Vocabulary

/** Portion level tokens, upper case (5 FAH-1 H-246.2c; LOU before 1 Oct 1995, STATE 018029). */
const portionLevels: Readonly<Record<string, Level>> = {U: 'U', SBU: 'SBU', LOU: 'LOU', C: 'C', S: 'S', TS: 'TS'}

/**
 * Dissemination and handling words, upper case, and the caveat each stands for. `N` is the
 * NOFORN of `SBU/N` (5 FAH-1 H-246.2c); `OC`, `PR`, `NC` are the CAPCO portion abbreviations.
 */
const caveatWords: Readonly<Record<string, Caveat>> = {
  NF: 'NOFORN',
  N: 'NOFORN',
  NOFORN: 'NOFORN',
  FOUO: 'FOUO',
  OC: 'ORCON',
  ORCON: 'ORCON',
  PR: 'PROPIN',
  PROPIN: 'PROPIN',
  NC: 'NOCONTRACT',
  NOCONTRACT: 'NOCONTRACT',
  EFTO: 'EFTO',
  SENSITIVE: 'SENSITIVE',
}

/**
 * Full level words. A token that is one of these or a prefix of one (three letters or more:
 * `CONF`, `UNCL`, `SECRET`) is a marking someone meant to write, so it reads as an unknown
 * marking (`level: null`) rather than as prose.
 */
const levelWords: readonly string[] = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP', 'LIMITED', 'SENSITIVE']

/** The longest unknown word kept as an extra term of a marking (`FGI`, `SCI`, `LES`, `ACGU`). */
const maxExtraTermLength = 6

// ## Portion markings

/**
 * The first alternative of {@link markingTokenPattern}: a candidate token with both parentheses.
 * Up to 100 characters inside: a REL list in country names runs to 83 (`(S/REL BULGARIA, CZECH
 * REPUBLIC, ITALY, POLAND, ROMANIA, SLOVAKIA, SLOVENIA, SPAIN)`, 10STATE17894's neighbours).
 */
export const parenthesisedMarkingPattern = String.raw`\([ \t]?[A-Za-z][A-Za-z/, \t-]{0,100}\)`

/** The longest portion-marking token read, parentheses included (see {@link parenthesisedMarkingPattern}). */
export const maxMarkingTokenLength = 103

/**
 * Source of a regular expression for a candidate portion-marking token, parentheses included:
 * `(C)`, `(S//REL TO USA, GBR)`, `( c)`, `(S/ NF)`, and (second alternative) the `C)` or
 * `SBU)` of `1. C)` whose opening parenthesis was lost.
 *
 * A candidate is not yet a marking: the parser uses the pattern where a marking can stand
 * (compile it with the `y` flag and set `lastIndex`) and confirms each candidate with
 * {@link parseMarking}. Scanned over prose it would also find `(s)` in `visa(s)`.
 *
 * Linear time: each alternative starts at one kind of character and is bounded, and the
 * first cannot cross a `(`, so no two attempts overlap (checked with recheck).
 */
export const markingTokenPattern = String.raw`${parenthesisedMarkingPattern}|\b[A-Za-z]{1,3}\)`

/**
 * Parse one portion-marking token, parentheses included (`(S//NF)`, `(SBU NOFORN)`,
 * `(C/REL ISAF)`, `( c)`, `C)`, `(S-NF)`).
 *
 * Returns:
 * - a {@link Marking} with a level for a readable marking, standard or not; departures from
 *   the standard form are listed in `irregularities` (`lowercase`, `innerSpace`,
 *   `missingParenthesis`, `hyphen`, `singleSlash`);
 * - a Marking with `level: null` for an all-capitals token that is meant as a marking but is
 *   not one: a single letter (`(X)`), a level word or its abbreviation (`(CONF)`, `(SECRET)`),
 *   or an unknown word with a known caveat (`(X/NF)`);
 * - `undefined` for anything else (`(a)`, `(ref A)`, `(MFA)`, `(protect)`).
 *
 * `(c)`, `(s)`, `(u)` parse as markings with `lowercase`: the parser decides from context
 * whether they are lettered-list items or the `(s)` of `visa(s)`.
 *
 * Unknown short words after a level are kept in `extraTerms` (`(S//FGI//NF)` → `['FGI']`),
 * so that the level is not lost; a rule can report them.
 */
export function parseMarking(raw: string, position: Position): Marking | undefined {
  // Each marking gets its own copy of the shared reading, so that no two nodes share an array.
  const read = peekMarking(raw)
  if (read === undefined) return undefined
  return createMarking(
    read.level,
    [...read.caveats],
    [...read.releasableTo],
    raw,
    [...read.irregularities],
    read.extraTerms ? [...read.extraTerms] : undefined,
    position,
  )
}

/**
 * Every {@link Marking} of the tree is made here, so that all have one shape: every property
 * present (`extraTerms` `undefined` when there are none, which JSON leaves out) and in one
 * order. Markings built with and without `extraTerms`, or in another order, had different
 * hidden classes in V8, and the rules and facts reading them were thrown away and recompiled
 * ("wrong map") as each new shape reached them in a first pass over the corpus.
 */
export function createMarking(
  level: Level | null,
  caveats: Caveat[],
  releasableTo: string[],
  raw: string,
  irregularities: MarkingIrregularity[],
  extraTerms: string[] | undefined,
  position: Position,
): Marking {
  return {level, caveats, releasableTo, raw, position, irregularities, extraTerms}
}

/** What a token says, whatever its place: a {@link Marking} without `raw` and `position`. */
export type MarkingRead = Omit<Marking, 'raw' | 'position'>

/**
 * What {@link parseMarking} would read in `raw`, without making a node: shared and read-only,
 * for the parser's questions (does a marking follow this number?). A cable repeats a handful
 * of tokens (`(C)`, `(U)`, `(SBU)`): each is read once.
 */
export function peekMarking(raw: string): Readonly<MarkingRead> | undefined {
  let read = parsedTokens.get(raw)
  if (read === undefined) {
    read = readMarking(raw) ?? null
    if (parsedTokens.size >= maxParsedTokens) parsedTokens.clear()
    parsedTokens.set(raw, read)
  }
  return read ?? undefined
}

/** Tokens read by {@link parseMarking}: `null` for one that is no marking. Bounded: prose brings endless `(…)`. */
const parsedTokens = new Map<string, MarkingRead | null>()
const maxParsedTokens = 4096

function readMarking(raw: string): MarkingRead | undefined {
  const open = raw.startsWith('(')
  if (!raw.endsWith(')')) return undefined
  const inner = raw.slice(open ? 1 : 0, -1)
  // Not empty, so `()` and `)` are not markings.
  if (!/^[A-Za-z/, \t-]+$/.test(inner)) return undefined
  // A hyphen only between two parts (`(S-NF)`, `(C - NF)`), as a separator.
  const hyphen = inner.includes('-')
  if (hyphen && !/^[ \t]?[A-Za-z][^-]*(?:-[ \t]?[A-Za-z][^-]*)+$/.test(inner)) return undefined

  const irregularities: MarkingIrregularity[] = []
  const lowercase = /[a-z]/.test(inner)
  if (lowercase) irregularities.push('lowercase')
  if (/^[ \t]|[ \t]$|[ \t][/-]|[/-][ \t]/.test(inner)) irregularities.push('innerSpace')
  if (!open) irregularities.push('missingParenthesis')
  if (hyphen) irregularities.push('hyphen')

  const read = readPortion(tokenize(inner), !lowercase)
  if (read.ok) {
    if (read.singleSlash) irregularities.push('singleSlash')
    if (read.spelledOut) irregularities.push('spelledOut')
    return {level: read.level, caveats: read.caveats, releasableTo: read.releasableTo, irregularities: order(irregularities), extraTerms: nonEmpty(read.extraTerms)}
  }
  if (lowercase || !looksMeant(inner.toUpperCase())) return undefined
  return {level: null, caveats: [], releasableTo: [], irregularities: order(irregularities), extraTerms: undefined}
}

/**
 * Whether `raw` could be the label of a lettered or roman-numbered list item: `(a)`, `(B)`,
 * `(iv)`, `a)`. Such a token is ambiguous when its letter is also a level (`(c)`, `(S)`, `(U)`):
 * the parser reads it as a list label when a neighbouring token continues the sequence
 * (`(b) … (c) … (d)`) or when it stands in a `REF:` line, and as a marking otherwise.
 */
export function isLetteredListToken(raw: string): boolean {
  return /^\(?[ \t]?(?:[A-Za-z]|[ivx]{1,4}|[IVX]{1,4})[ \t]?\)$/.test(raw)
}

/**
 * The one letter of a token as written (`(d)` → `d`, `( c)` → `c`), or `undefined`: the one code
 * unit that is neither a parenthesis nor white space. Read a character at a time rather than by
 * removing the others with a pattern: the redactor asks it of every parenthesis of a cable, and
 * the copies took a tenth of its reading of them (bench/RESULTS.md, session 18).
 */
export function tokenLetter(raw: string): string | undefined {
  let found = -1
  for (let at = 0; at < raw.length; at++) {
    const code = raw.charCodeAt(at)
    if (code === 40 || code === 41 || isWhiteSpaceAt(raw, at)) continue
    if (found !== -1) return undefined
    found = at
  }
  return found === -1 ? undefined : raw.charAt(found)
}

/** `\s` at `at`: the ASCII answers without a pattern. */
function isWhiteSpaceAt(raw: string, at: number): boolean {
  const code = raw.charCodeAt(at)
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return /\s/.test(raw.charAt(at))
}

/** One token of a portion marking's inner text. */
interface Token {
  kind: 'word' | 'separator'
  /** Upper-cased word, or the separator as written. */
  text: string
  /** For separators: the number of slashes in it. */
  slashes: number
}

/** Split into words and separators. They alternate: a run of letters ends where a separator begins. */
function tokenize(inner: string): Token[] {
  const tokens: Token[] = []
  for (const match of inner.matchAll(/[A-Za-z]+|[/, \t-]+/g)) {
    const text = match[0]
    if (/^[A-Za-z]/.test(text)) tokens.push({kind: 'word', text: text.toUpperCase(), slashes: 0})
    else tokens.push({kind: 'separator', text, slashes: text.split('/').length - 1})
  }
  return tokens
}

type PortionRead =
  | {ok: true; level: Level; caveats: Caveat[]; releasableTo: string[]; extraTerms: string[]; singleSlash: boolean; spelledOut: boolean}
  | {ok: false}

/**
 * Levels written out in capitals (`(SECRET/REL FRANCE)`, `(CONFIDENTIAL)`, `(TOP SECRET)`): the
 * level is plain, only the form departs from 32 CFR 2001.21(c)'s abbreviations. Read as unknown
 * markings, their level and caveats were lost to every other check (audit M, 09STATE96222).
 */
const spelledLevels: Readonly<Record<string, Level>> = {UNCLASSIFIED: 'U', CONFIDENTIAL: 'C', SECRET: 'S'}

/**
 * Read `LEVEL [sep TERM]…` where a term is a caveat word, `REL [TO] list`, or a short extra word;
 * with `spelled`, the level may be written out (see {@link spelledLevels}).
 */
function readPortion(tokens: readonly Token[], spelled = false): PortionRead {
  let index = 0
  if (tokens[index]?.kind === 'separator') index++ // leading space: `( C)`
  const first = tokens[index]
  let level = first === undefined ? undefined : portionLevels[first.text]
  let spelledOut = false
  if (level === undefined && spelled && first !== undefined) {
    const topSecret = first.text === 'TOP' && tokens[index + 2]?.text === 'SECRET' && /^[ \t]+$/.test(tokens[index + 1]!.text)
    level = topSecret ? 'TS' : spelledLevels[first.text]
    if (topSecret) index += 2
    spelledOut = level !== undefined
  }
  if (level === undefined) return {ok: false}
  index++

  const caveats: Caveat[] = []
  const releasableTo: string[] = []
  const extraTerms: string[] = []
  // CAPCO separates categories with `//`; a single `/` after the level is State's older
  // telegram form (`(S/NF)`), except SBU/N, which 5 FAH-1 H-246.2c writes with one slash.
  const firstSeparator = tokens[index]
  const singleSlash = firstSeparator?.kind === 'separator' && firstSeparator.slashes === 1 && level !== 'SBU'

  // Tokens alternate, so here `index` is at a separator (or the end) and `index + 1` at a word.
  for (;;) {
    const word = tokens[index + 1]
    if (word === undefined) break // the end, or a trailing space or `//`: `(C )`, `(C//REL TO USA, GBR//)`
    index += 2
    const caveat = caveatWords[word.text]
    if (caveat !== undefined) {
      if (!caveats.includes(caveat)) caveats.push(caveat)
    } else if (word.text === 'REL') {
      index = readReleasableTo(tokens, index, releasableTo)
      if (releasableTo.length === 0) extraTerms.push('REL')
    } else if (word.text.length <= maxExtraTermLength && extraTerms.length < 2) {
      extraTerms.push(word.text)
    } else {
      return {ok: false}
    }
  }
  return {ok: true, level, caveats, releasableTo, extraTerms, singleSlash, spelledOut}
}

/**
 * Read the list after `REL` (`TO USA, PAK`, `NATO/AUS`, `AUSTRALIA GROUP`) into `into`, and
 * return the index after it. The list ends at a `//` (the next CAPCO category), at a caveat
 * word (`REL USA/NF`), or at the end. Items are upper-cased. Within one comma- or
 * slash-separated segment, short words are separate items (`USA GBR`) and longer words one
 * name (`AUSTRALIA GROUP`).
 */
function readReleasableTo(tokens: readonly Token[], start: number, into: string[]): number {
  // Tokens alternate, so `start` is at a separator (or the end) and `start + 1` at a word.
  let index = start
  if (tokens[index + 1]?.text === 'TO') index += 2
  let segment: string[] = []
  const flush = (): void => {
    // `…, JORDAN, AND QATAR`, `…, ROK, and UK`: the conjunction is no country.
    if (segment[0] === 'AND') segment.shift()
    if (segment.length === 0) return
    if (segment.every((word) => word.length <= 4)) for (const word of segment) into.push(word)
    else into.push(segment.join(' '))
    segment = []
  }
  for (;;) {
    const separator = tokens[index]
    const word = tokens[index + 1]
    if (separator === undefined || word === undefined) break
    if (separator.slashes >= 2 || caveatWords[word.text] !== undefined) break
    if (separator.slashes === 1 || separator.text.includes(',') || separator.text.includes('-')) flush()
    segment.push(word.text)
    index += 2
  }
  flush()
  return index
}

/** Whether an all-capitals token that is not a marking was still meant as one (`(X)`, `(CONF)`, `(X/NF)`). */
function looksMeant(upper: string): boolean {
  const words = upper.match(/[A-Z]+/g) ?? []
  const first = words[0]
  if (first === undefined) return false
  if (words.length === 1 && first.length === 1) return true
  if (levelWords.some((word) => first.length >= 3 && word.startsWith(first))) return true
  return upper.includes('/') && words.slice(1).some((word) => caveatWords[word] !== undefined)
}

const irregularityOrder: readonly MarkingIrregularity[] = ['lowercase', 'innerSpace', 'missingParenthesis', 'hyphen', 'spacedLetters', 'singleSlash', 'spelledOut']

function order(list: readonly MarkingIrregularity[]): MarkingIrregularity[] {
  return irregularityOrder.filter((item) => list.includes(item))
}

// ## Formatting

/** CAPCO portion abbreviations of the caveats, for the canonical form. */
const caveatAbbreviations: Readonly<Record<Caveat, string>> = {
  NOFORN: 'NF',
  FOUO: 'FOUO',
  EFTO: 'EFTO',
  SENSITIVE: 'SENSITIVE',
  ORCON: 'OC',
  PROPIN: 'PR',
  NOCONTRACT: 'NC',
}

/**
 * The canonical portion form of a marking, for messages: `(S//NF)`, `(C//REL TO USA, GBR)`,
 * `(S//FGI//NF)`. SBU NOFORN is written `(SBU/N)` as 5 FAH-1 H-246.2c writes it. A marking
 * with an unknown level is shown as written.
 */
export function formatMarking(marking: Pick<Marking, 'level' | 'caveats' | 'releasableTo' | 'raw' | 'extraTerms'>): string {
  if (marking.level === null) return marking.raw.trim()
  if (marking.level === 'SBU' && marking.caveats.length === 1 && marking.caveats[0] === 'NOFORN' && marking.releasableTo.length === 0 && !marking.extraTerms?.length)
    return '(SBU/N)'
  const categories: string[] = [marking.level]
  if (marking.extraTerms?.length) categories.push(marking.extraTerms.join('/'))
  const dissemination = marking.caveats.map((caveat) => caveatAbbreviations[caveat])
  if (marking.releasableTo.length > 0) dissemination.push(`REL TO ${marking.releasableTo.join(', ')}`)
  if (dissemination.length > 0) categories.push(dissemination.join('/'))
  return `(${categories.join('//')})`
}

/** Banner words of each level, for {@link formatBanner}. */
const bannerWords: Readonly<Record<Level, string>> = {
  U: 'UNCLASSIFIED',
  SBU: 'UNCLASSIFIED',
  LOU: 'LIMITED OFFICIAL USE',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
}

/**
 * The canonical banner form, for messages: `SECRET//NOFORN`, `UNCLASSIFIED//SENSITIVE`.
 * (SBU telegrams go out as UNCLASSIFIED with the caption SENSITIVE, STATE 018029.)
 */
export function formatBanner(level: Level, caveats: readonly Caveat[] = [], releasableTo: readonly string[] = []): string {
  const dissemination: string[] = [...caveats]
  if (level === 'SBU' && !caveats.includes('SENSITIVE')) dissemination.unshift('SENSITIVE')
  if (releasableTo.length > 0) dissemination.push(`REL TO ${releasableTo.join(', ')}`)
  return dissemination.length > 0 ? `${bannerWords[level]}//${dissemination.join('/')}` : bannerWords[level]
}

// ## Banner markings

/** A `[start, end)` range within the line given to {@link matchBannerMarking}. */
export interface LineRange {
  start: number
  end: number
}

/** A range of the line together with the text it holds. */
export interface LineField extends LineRange {
  value: string
}

/**
 * A banner marking recognised at the start of a line. All offsets are into the line that was
 * given, `end` exclusive. Example for `C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697`:
 * marking `[0, 23)`, section `[24, 40)` 1 of 3, originator `BEIJING`, serial `004697`.
 */
export interface BannerMatch extends LineRange {
  /** The marking text as written, `line.slice(start, end)`: `C O N F I D E N T I A L`, `SECRET//NOFORN`. */
  raw: string
  level: Level
  /** Caveats read after the level, normalised (`NOFORN`, `EFTO`, `SENSITIVE` for UNCLAS SENSITIVE, …). */
  caveats: Caveat[]
  /** `REL TO` list, in order. */
  releasableTo: string[]
  /** `spacedLetters` (`S E C R E T`, `UNCLAS E F T O`), `singleSlash` (`SECRET/NOFORN`). */
  irregularities: MarkingIrregularity[]
  /**
   * Terms combined with the level that are neither a level nor an allowed caveat for it:
   * `SENSITIVE`, `FOR OFFICIAL USE ONLY` or `LIMITED OFFICIAL USE` after a classified level
   * (32 CFR 2001.23(a) forbids combining them: "Secret Sensitive"), and unknown words after a
   * `//` (`SECRET//FGI`). Upper-cased, white space collapsed.
   */
  extraTerms: string[]
  /** `SECTION 01 OF 03` (`SECTION01 OF 03`, `SECTION 1 of 3` too): the whole phrase's range. */
  section?: (LineRange & {index: number; total: number}) | undefined
  /**
   * Everything after the marking (and section), trimmed of white space; absent when nothing
   * follows. For glued headers it runs into `SIPDIS`, `E.O. 12958…` and so on.
   */
  rest?: LineRange | undefined
  /** The originating post before the serial: `BEIJING`, `SAN JOSE`, `UNVIE VIENNA`, `STATE`. */
  originator?: LineField | undefined
  /** The serial: `004697`, `00100153`. */
  serial?: LineField | undefined
  /** Text after the serial when something is glued on (`000549E.O. 12958: …`); absent when none. */
  trailing?: LineRange | undefined
}

interface LevelForm {
  text: string
  level: Level
  spaced: boolean
  /** Also an ordinary word (`Secret`, `CONFIDENTIAL SOURCES`): the line must have banner form. */
  ambiguous: boolean
}

/** Banner level words, longest first where one is a prefix of another. */
const bannerLevelForms: readonly LevelForm[] = [
  {text: 'T O P S E C R E T', level: 'TS', spaced: true, ambiguous: false},
  {text: 'TOP SECRET', level: 'TS', spaced: false, ambiguous: true},
  {text: 'S E C R E T', level: 'S', spaced: true, ambiguous: false},
  {text: 'SECRET', level: 'S', spaced: false, ambiguous: true},
  {text: 'C O N F I D E N T I A L', level: 'C', spaced: true, ambiguous: false},
  {text: 'CONFIDENTIAL', level: 'C', spaced: false, ambiguous: true},
  {text: 'U N C L A S S I F I E D', level: 'U', spaced: true, ambiguous: false},
  {text: 'U N C L A S', level: 'U', spaced: true, ambiguous: false},
  {text: 'UNCLASSIFIED', level: 'U', spaced: false, ambiguous: true},
  // `UNCLAS` is a telegram word, never prose.
  {text: 'UNCLAS', level: 'U', spaced: false, ambiguous: false},
  {text: 'LIMITED OFFICIAL USE', level: 'LOU', spaced: false, ambiguous: true},
]

interface BannerTerm {
  text: string
  caveat: Caveat | undefined
  /** A term 32 CFR 2001.23(a) forbids combining with a classified level. */
  unclassifiedOnly: boolean
  spaced: boolean
  /** Only after a slash (`SECRET//NF`), since after a space it could begin the post name. */
  slashOnly: boolean
}

/**
 * A {@link BannerTerm} with every property set: terms of one shape, since literals listing
 * only their own flags had five shapes in V8, and `matchBannerMarking` (asked of every line
 * that opens like a level word) was deoptimised ("wrong map") as each new one was read.
 */
function bannerTerm(text: string, caveat: Caveat | undefined, flags: {unclassifiedOnly?: true; spaced?: true; slashOnly?: true} = {}): BannerTerm {
  return {text, caveat, unclassifiedOnly: flags.unclassifiedOnly ?? false, spaced: flags.spaced ?? false, slashOnly: flags.slashOnly ?? false}
}

/** Terms that may follow a banner level, longest first where one is a prefix of another. */
const bannerTerms: readonly BannerTerm[] = [
  bannerTerm('N O F O R N', 'NOFORN', {spaced: true}),
  bannerTerm('NOFORN', 'NOFORN'),
  bannerTerm('NF', 'NOFORN', {slashOnly: true}),
  bannerTerm('E F T O', 'EFTO', {spaced: true}),
  bannerTerm('EFTO', 'EFTO'),
  bannerTerm('SENSITIVE', 'SENSITIVE', {unclassifiedOnly: true}),
  bannerTerm('FOR OFFICIAL USE ONLY', 'FOUO', {unclassifiedOnly: true}),
  bannerTerm('FOUO', 'FOUO', {unclassifiedOnly: true}),
  bannerTerm('LIMITED OFFICIAL USE', undefined, {unclassifiedOnly: true}),
  bannerTerm('ORCON', 'ORCON'),
  bannerTerm('PROPIN', 'PROPIN'),
  bannerTerm('NOCONTRACT', 'NOCONTRACT'),
]

/** Words that may follow a banner on its line (handling captions, glued routing). */
const bannerFollowers = /^(?:SIPDIS|EXDIS|LIMDIS|NODIS|STADIS|SENSITIVE|NOFORN|VZCZC|E\.O\.)/

/**
 * Recognise a banner marking at `from` (default the start) of `line`, after leading white
 * space: `UNCLAS`, `C O N F I D E N T I A L`, `SECRET//NOFORN`, `SECRET NOFORN`,
 * `UNCLAS E F T O`, `TOP SECRET`, `LIMITED OFFICIAL USE`, then an optional
 * `SECTION nn OF nn`, post and serial.
 *
 * Level words are upper case only. Where the word is also ordinary English (`SECRET`,
 * `CONFIDENTIAL`, `UNCLASSIFIED`, `TOP SECRET`, `LIMITED OFFICIAL USE`), the line must have
 * banner form: nothing else on it, a slash-separated caveat, `SECTION`, a post and serial
 * number (`CONFIDENTIAL PARIS 001007`), a handling caption, or glued routing. So
 * "CONFIDENTIAL SOURCES SAID …" and "Secret police …" do not match. The spaced forms and
 * `UNCLAS` are telegram words and always match.
 *
 * `SECRET SENSITIVE` matches with level S and `extraTerms: ['SENSITIVE']` (a prohibited
 * combination, 32 CFR 2001.23(a)), so a rule can report it.
 *
 * Linear time: fixed-string comparisons and single-pass scans.
 */
export function matchBannerMarking(line: string, from = 0): BannerMatch | undefined {
  const start = skipBlank(line, from)
  // Every level word begins with one of these letters: most lines of a cable stop here (the
  // parser asks this of every line).
  if (!bannerInitials.has(line[start] ?? '')) return undefined
  const form = bannerLevelForms.find((candidate) => startsWithLevel(line, start, candidate))
  if (form === undefined) return undefined
  const lowercase = form.spaced && /[a-z]/.test(line.slice(start, start + form.text.length))

  const caveats: Caveat[] = []
  const releasableTo: string[] = []
  const extraTerms: string[] = []
  // Irregularities are noted as flags and listed after the loop (`bannerIrregularities`): pushes
  // in the loop, for rare terms such as `N O F O R N`, first ran in optimised code and
  // deoptimised this large function ("insufficient type feedback").
  let spaced = form.spaced
  let singleSlash = false
  let end = start + form.text.length
  let slashed = false
  let first = true
  for (;;) {
    const separator = readBannerSeparator(line, end)
    if (separator.next === end) break // no separator, so no further term
    const at = separator.next
    const term: BannerTerm | undefined = bannerTerms.find(
      (candidate) => line.startsWith(candidate.text, at) && isBoundary(line, at + candidate.text.length) && (!candidate.slashOnly || separator.slashes > 0),
    )
    let termEnd: number
    if (term !== undefined) {
      termEnd = at + term.text.length
      if (term.spaced) spaced = true
      if (term.unclassifiedOnly && form.level !== 'U') extraTerms.push(term.text)
      else if (term.caveat !== undefined) addOnce(caveats, term.caveat)
      else extraTerms.push(term.text)
    } else if (line.startsWith('REL', at) && (separator.slashes > 0 || line.startsWith('REL TO ', at))) {
      termEnd = readBannerReleasableTo(line, at, releasableTo)
    } else if (separator.slashes > 0) {
      // After `//` a word is a control, even one we do not know (`SECRET//FGI`).
      const word = /^[A-Z]{2,}/.exec(line.slice(at, at + 40))
      if (word === null) break
      termEnd = at + word[0].length
      extraTerms.push(word[0])
    } else {
      break
    }
    if (first && separator.slashes === 1) singleSlash = true
    if (separator.slashes > 0) slashed = true
    first = false
    end = termEnd
  }

  // Every property present, the optional ones `undefined` until `readBannerTail` sets them: one
  // shape for every match (V8 recompiled the parser's readers of matches for each new shape).
  const match: BannerMatch = {
    start,
    end,
    raw: line.slice(start, end),
    level: form.level,
    caveats,
    releasableTo,
    irregularities: bannerIrregularities(lowercase, spaced, singleSlash),
    extraTerms,
    section: undefined,
    rest: undefined,
    originator: undefined,
    serial: undefined,
    trailing: undefined,
  }
  const prose = readBannerTail(line, end, match, lowercase)
  if (form.ambiguous && !slashed && prose) return undefined
  return match
}

/**
 * `list`, or `undefined` when it is empty (a marking's `extraTerms`). Apart from its callers for
 * the reason given at {@link addOnce}: lists of two kinds of array deoptimised `addBanner`.
 */
export function nonEmpty<Item>(list: Item[]): Item[] | undefined {
  return list.length > 0 ? list : undefined
}

/**
 * Append `item` unless `list` has it. A function of its own, so that V8 recompiles only this
 * when it meets a new kind of array: to V8 an empty list is an array of small integers until
 * its first push, and `includes` on both kinds deoptimised the large `matchBannerMarking`.
 */
function addOnce<Item>(list: Item[], item: Item): void {
  if (!list.includes(item)) list.push(item)
}

/** The irregularities of a banner marking, in the order of {@link irregularityOrder}. */
function bannerIrregularities(lowercase: boolean, spaced: boolean, singleSlash: boolean): MarkingIrregularity[] {
  const irregularities: MarkingIrregularity[] = []
  if (lowercase) irregularities.push('lowercase')
  if (spaced) irregularities.push('spacedLetters')
  if (singleSlash) irregularities.push('singleSlash')
  return irregularities
}

/** Read section, originator, serial and rest after the marking; say whether the tail is prose (no banner form). */
function readBannerTail(line: string, markingEnd: number, match: BannerMatch, lowercase: boolean): boolean {
  let at = skipBlank(line, markingEnd)
  const lineEnd = line.trimEnd().length
  if (at >= lineEnd) return false
  match.rest = textSpan(at, lineEnd)
  let bannerForm = false
  const section = /^SECTION[ \t]*(\d{1,3})[ \t]+OF[ \t]+(\d{1,3})/i.exec(line.slice(at, at + 40))
  if (section !== null) {
    match.section = {start: at, end: at + section[0].length, index: Number(section[1]), total: Number(section[2])}
    at = skipBlank(line, at + section[0].length)
    bannerForm = true
  } else if (line.startsWith('SECTION', at)) {
    at = skipBlank(line, at + 'SECTION'.length)
    bannerForm = true
  }
  const postPattern = lowercase ? /^([A-Z][A-Z.'&-]*(?:[ \t]+[A-Z][A-Z.'&-]*){0,4})[ \t]+(\d{3,})/i : /^([A-Z][A-Z.'&-]*(?:[ \t]+[A-Z][A-Z.'&-]*){0,4})[ \t]+(\d{3,})/
  const post = postPattern.exec(line.slice(at, at + 80))
  if (post !== null && post[1] !== undefined && post[2] !== undefined) {
    const serialStart = at + post[0].length - post[2].length
    match.originator = {start: at, end: at + post[1].length, value: post[1]}
    match.serial = {start: serialStart, end: serialStart + post[2].length, value: post[2]}
    const after = skipBlank(line, at + post[0].length)
    if (after < lineEnd) match.trailing = textSpan(after, lineEnd)
    return false
  }
  // The follower window is as long as the longest follower, SENSITIVE.
  // Old cables: a message number alone (`CONFIDENTIAL     PTQ2529`).
  if (bannerForm || bannerFollowers.test(line.slice(at, at + 'SENSITIVE'.length)) || /^[A-Z]{0,6}\d{3,}\b/.test(line.slice(at, at + 20))) return false
  return true
}

/** Read one banner separator (`//`, `/`, spaces) from `at`; `next === at` when there is none. */
function readBannerSeparator(line: string, at: number): {next: number; slashes: number} {
  let next = at
  let slashes = 0
  for (;;) {
    const char = line[next] // `undefined` at the end of the line: not a separator
    if (char === '/') slashes++
    else if (char !== ' ' && char !== '\t') break
    next++
  }
  return {next, slashes}
}

/** Read `REL TO USA, GBR` (or `REL USA`) from `at` into `into`; return the end of the list. */
function readBannerReleasableTo(line: string, at: number, into: string[]): number {
  // `TO` is never the first country: `REL TO` with its list on the next line reads no list.
  const list = /^REL(?: TO)?[ \t]+(?!TO\b)([A-Z]{2,})/.exec(line.slice(at, at + 20))
  if (list === null || list[1] === undefined) return at + 'REL'.length
  into.push(list[1])
  let end = at + list[0].length
  for (;;) {
    const more = /^,[ \t]*([A-Z]{2,})\b/.exec(line.slice(end, end + 20))
    if (more === null || more[1] === undefined) return end
    into.push(more[1])
    end += more[0].length
  }
}

/** First letters of the level words; lower case only for the spaced forms, read in any case (`LIMITED OFFICIAL USE` has none). */
const bannerInitials = new Set(['U', 'C', 'S', 'T', 'L', 'u', 'c', 's', 't'])

/**
 * Whether the level word of `form` stands at `at`. Spaced forms are telegram words: they are
 * read in any case (`C o n f i d e n t i a l`, `S e c r e t state 135366`, as some archive
 * renderings have them) and may be glued to the post (`C O N F I D E N T I A LCAIRO 000079`,
 * 09CAIRO79). Unspaced forms are upper case and end at a word boundary (`SECRETARY` is not one).
 */
function startsWithLevel(line: string, at: number, form: LevelForm): boolean {
  if (form.spaced) {
    // Past the end of the line the code is -1, which equals no letter.
    for (let index = 0; index < form.text.length; index++) {
      const code = codeAt(line, at + index)
      // ASCII upper-casing without a copy of the line.
      if ((code >= 97 && code <= 122 ? code - 32 : code) !== form.text.charCodeAt(index)) return false
    }
    return true
  }
  return line.startsWith(form.text, at) && isBoundary(line, at + form.text.length)
}

function isBoundary(line: string, at: number): boolean {
  const char = line[at]
  return char === undefined || !/[A-Za-z0-9]/.test(char)
}

function skipBlank(line: string, at: number): number {
  let next = at
  while (line[next] === ' ' || line[next] === '\t') next++
  return next
}
