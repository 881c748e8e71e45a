/**
 * Every mention of each protected person anywhere in the cable: the full name, any name
 * token alone (`Li` after `Li Qing (strictly protect)`, seed 003), title + surname (the
 * surname is a token), possessives (`Biato's`, the `Biato,s` apostrophe garble, `Biato’s`),
 * upper case (`BOURDON`), a full name broken across a line.
 *
 * One regular expression over the whole text, built from the entities' tokens as literals
 * with Unicode-aware boundaries: linear in the text for a fixed set of names.
 *
 * A token that is also a common word (`He`, `Ye`, `Long`, `May`; `common-words.ts`) is a
 * mention where it is capitalised mid-sentence, an *ambiguous* mention at a sentence start
 * (still redacted, logged so, reviewable), and not a mention in lower case.
 */
import {isCommonWord, isNameParticle, isPlaceInitials, isReferenceLetterAt, openingNames} from './common-words.js'
import {isTitleWord, textWordsOf, type Entity} from './entities.js'
import {fold, foldCommaApostrophes, joinedSpellings, nameParts, nameSpellings, withoutIgnorables} from './fold.js'
import {hasBreakWithin, type Range} from './markers.js'
import type {Span} from './spans.js'
import type {Root} from '../syntax/types.js'

/**
 * Whether `gap`, between two parts of a name, joins them into one full name: white space, or name
 * particles between white space (`Gomez de Olea`, `Maria de la Cruz`).
 */
function joinsName(gap: string): boolean {
  // Not across a blank line: two paragraphs', or a heading's and the next line's (a copy kept the
  // blank line only while the two were redacted apart).
  if (!/^\s/.test(gap) || !/\s$/.test(gap) || /\n[ \t\r]*\n/.test(gap)) return false
  return gap.trim() === '' || gap.trim().split(/\s+/).every(isNameParticle)
}

/**
 * The tokens of an entity worth searching alone, each with its other spellings (`nameSpellings`):
 * no particles, no initials, hyphen parts too, whichever hyphen is written.
 */
function tokenSpellings(entity: Entity): string[][] {
  const found: string[][] = []
  const seen = new Set<string>()
  const add = (token: string): void => {
    const letters = token.match(/\p{L}/gu)?.length ?? 0
    if (letters < 2 || (isNameParticle(token) && !(token === entity.tokens[0] && openingNames.has(token)))) return
    const spellings = nameSpellings(token)
    if (seen.has(spellings[0]!)) return
    seen.add(spellings[0]!)
    found.push(spellings)
  }
  for (const token of entity.tokens) for (const part of nameParts(token)) add(part)
  for (const joined of joinedSpellings(entity.tokens)) add(joined)
  return found
}

/** The tokens of an entity worth searching alone, as written but folded: no particles, no initials, hyphen parts too. */
export function searchTokens(entity: Entity): string[] {
  return tokenSpellings(entity).map(([own]) => own!)
}

/**
 * Letters that are one letter to a case-insensitive comparison (Unicode simple case folding)
 * but stay apart in lower case: the long `ſ` (`ſun` is `Sun`), the Greek final sigma and
 * symbol forms, the micro sign, the old Cyrillic forms; and each of `fold.ts`'s `apostrophes`
 * as `'`. One code unit each, as what they become, so a key has the length of what it was made from.
 */
const caseApart: Readonly<Record<string, string>> = {
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ʾ': "'", 'ʿ': "'", '`': "'", '´': "'", 'ſ': 's', 'ς': 'σ', 'µ': 'μ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε',
  'ẛ': 'ṡ', '\u1fbe': 'ι', '\u0345': 'ι', 'ᲀ': 'в', 'ᲁ': 'д', 'ᲂ': 'о', 'ᲃ': 'с', 'ᲄ': 'т', 'ᲅ': 'т', 'ᲆ': 'ъ', 'ᲇ': 'ѣ', 'ᲈ': 'ꙋ',
}
/** The keys of `caseApart`, as escapes: U+0345 is a combining mark, which would join the letter before it. */
const caseApartPattern = /[\u0345\u2019\u2018\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u017f\u03c2\u00b5\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1fbe\u1c80-\u1c88]/g

/**
 * The key of a token or of folded text: lower case, with `caseApart` joined. Same length as
 * `text` when `text` is folded (`fold.ts` turns `İ`, whose lower case is two code units, into
 * `I`), so an offset in a key is the same offset in the text.
 */
function keyOf(text: string): string {
  return foldCommaApostrophes(text.toLowerCase().replace(caseApartPattern, (unit) => caseApart[unit] ?? unit))
}

const wordRuns = /[\p{L}\p{M}\p{N}]+/gu
const wordStart = /^[\p{L}\p{M}\p{N}]/u

/**
 * Each occurrence in `folded`, with its key, of one of `keys` (from `keyOf`) as a whole word, in any case:
 * not preceded or followed by a letter, mark or digit; at each place the longest key that is
 * whole there; scanning on after each. Found word by word: each run of letters, marks and digits
 * is looked up among the keys that begin with it. A key is whole at a place only if the run
 * there is the key's own first run, so one lookup per word finds every candidate.
 *
 * One regular expression of all the names as alternatives did the same, but in time that grew
 * with the number of names: a cable naming 2,000 protected people took 5 s, 4,000 took 60 s.
 * This is linear in the text whatever the number of names.
 */
export function* wholeWordMatches(folded: string, keys: Iterable<string>): Generator<{start: number; end: number; key: string}> {
  const byFirstRun = new Map<string, string[]>()
  for (const key of keys) {
    const first = key.match(/^[\p{L}\p{M}\p{N}]+/u)?.[0]
    // A key that opens with no letter (never made by `searchTokens`, which wants two letters) could
    // be found nowhere by a word lookup: refuse rather than miss it.
    if (first === undefined) throw new Error(`A name key must open with a letter or digit: ${JSON.stringify(key)}`)
    const candidates = byFirstRun.get(first)
    if (candidates === undefined) byFirstRun.set(first, [key])
    else candidates.push(key)
  }
  for (const candidates of byFirstRun.values()) candidates.sort((a, b) => b.length - a.length)
  const lowered = keyOf(folded)
  const runs = new RegExp(wordRuns)
  for (let run = runs.exec(lowered); run !== null; run = runs.exec(lowered)) {
    const candidates = byFirstRun.get(run[0])
    if (candidates === undefined) continue
    const start = run.index
    for (const key of candidates) {
      const end = start + key.length
      if (!lowered.startsWith(key, start) || wordStart.test(lowered.slice(end, end + 2))) continue
      yield {start, end, key}
      runs.lastIndex = end
      break
    }
  }
}

/**
 * Whether `offset` starts a sentence: after `.`, `!`, `?` or `:`, after a portion marking
 * (`5. (C) He …`) or a bullet (`-- He …`), after a blank line, or at the start of the text.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let index = offset
  let newlines = 0
  while (index > 0) {
    const char = text.charAt(index - 1)
    if (char === '\n') newlines++
    else if (!/[\s"“‘'([]/.test(char)) break
    index--
  }
  if (index === 0 || newlines >= 2) return true
  const char = text.charAt(index - 1)
  if (/[.!?:]/.test(char)) return true
  if (/(?:^|\s)--?$/.test(text.slice(Math.max(0, index - 3), index))) return true
  return /\((?:U|SBU|LOU|C|S|TS)(?:\s*\/\/?\s*[A-Z][A-Z ,/]*)?\)$/i.test(text.slice(Math.max(0, index - 24), index))
}

interface Hit {
  start: number
  end: number
  entity: string
  /**
   * For each token of the mention, every person the token belongs to (two people may share
   * `Pedro`): the mention belongs to the people in all of them, the first of them first. Each
   * set is in the order of the entities. Kept as the sets rather than met into one list: when
   * thousands of people share two words (`SAID SO KAXX (PROTECT)` read in capitals), the list
   * met at each mention was thousands long, and the cable quadratic.
   */
  owners: ReadonlyArray<ReadonlySet<string>>
  reason: 'name-mention' | 'ambiguous-mention'
}

/**
 * Find every mention of `entities` in `text` (`name-mention` and `ambiguous-mention` spans).
 * `pageBreaks` keeps a full name split by a page-continuation line as two spans, so the
 * page line stays.
 */
export function findMentions(text: string, entities: readonly Entity[], pageBreaks: readonly Range[]): Span[] {
  // Two people sharing a token (`Pedro`): both own it; a full name decides which one is meant.
  const owner = new Map<string, Set<string>>()
  // A key that is only another spelling of someone's name (`strauss` for `Strauß`) belongs to
  // them unless it is someone else's own: `Strauß` and `Strauss` before markers are two people.
  const spellingOwner = new Map<string, Set<string>>()
  /** Keys found only where written with a capital: the plurals of short or common names. */
  const capitalisedOnly = new Set<string>()
  const own = (owners: Map<string, Set<string>>, key: string, label: string): void => {
    const labels = owners.get(key)
    if (labels === undefined) owners.set(key, new Set([label]))
    else labels.add(label)
  }
  for (const entity of entities) {
    for (const spellings of tokenSpellings(entity)) {
      for (const [index, token] of spellings.entries()) {
        const owners = index === 0 ? owner : spellingOwner
        own(owners, keyOf(token), entity.label)
        // A family by its name (`the Saabs` after `Mr. and Mrs. Fadi Saab (strictly protect both)`):
        // the plural of a name of four letters or more that is no common word; of one of three
        // letters or a common one (`the Kims`, `the Parks`), the plural capitalised only; not of
        // a name of two (`Ye` is not `Yes`).
        if (token.length >= 4 && !/s$/i.test(token) && !isCommonWord(token)) own(owners, keyOf(`${token}s`), entity.label)
        else if (token.length >= 3 && !/s$/i.test(token) && !isCommonWord(`${token}s`)) {
          own(owners, keyOf(`${token}s`), entity.label)
          capitalisedOnly.add(keyOf(`${token}s`))
        }
      }
    }
  }
  for (const [key, labels] of spellingOwner) if (!owner.has(key)) owner.set(key, labels)
  if (owner.size === 0) return []
  const folded = fold(text)
  // A name written with an accent apart or a soft hyphen (`Jose\u0301`, `Kho\u00ADuri`) is sought
  // in the text as it reads, without them; the offsets found there are taken back to the text.
  const unseen = withoutIgnorables(folded)
  const hits: Hit[] = []
  for (const match of wholeWordMatches(unseen?.text ?? folded, owner.keys())) {
    const {key} = match
    // The end goes past an accent written after the last letter, which belongs to it.
    const start = unseen === undefined ? match.start : unseen.toOriginal(match.start)
    const end = unseen === undefined ? match.end : unseen.toOriginal(match.end)
    const written = text.slice(start, end)
    if (capitalisedOnly.has(key) && !/^\p{Lu}/u.test(written)) continue
    const owners = [owner.get(key)!]
    const entity = firstOwner(owners) ?? ''
    if (!isCommonWord(written)) {
      hits.push({start, end, entity, owners, reason: 'name-mention'})
      continue
    }
    if (written === written.toLowerCase()) continue // `he`, `long`: the word, not the name
    const allCaps = written === written.toUpperCase()
    const ambiguous = allCaps || isSentenceStart(text, start)
    hits.push({start, end, entity, owners, reason: ambiguous ? 'ambiguous-mention' : 'name-mention'})
  }
  for (const hit of misspelt(text, folded, entities, hits)) hits.push(hit)
  hits.sort((a, b) => a.start - b.start)
  const particlesOf = new Map(entities.map((entity) => [entity.label, new Set(entity.tokens.map((token) => token.toLowerCase()))]))
  // A mention of no one but candidates (`Entity.candidate`) may name no protected person: ambiguous.
  const candidates = new Set(entities.filter((entity) => entity.candidate === true).map((entity) => entity.label))
  const ofCandidatesOnly = (hit: Hit): boolean => candidates.size > 0 && hit.owners.every((labels) => [...labels].every((label) => candidates.has(label)))
  const initialsOnlyBeforeNames = gluedInitialsOf(text, hits)
  return joinFullNames(text, hits, pageBreaks).map((hit) => {
    const start = withInitialsBefore(text, withParticlesBefore(text, hit.start, particlesOf.get(hit.entity)), initialsOnlyBeforeNames)
    const reason = ofCandidatesOnly(hit) ? 'ambiguous-mention' : hit.reason
    const span: Span = {start, end: hit.end, reason, rule: 'name-mention', entity: hit.entity}
    if (reason === 'ambiguous-mention') span.ambiguous = true
    return span
  })
}

/** A name word kept where it is a place's, with the place's name for the log. */
export interface PlaceWord {
  start: number
  end: number
  entity?: string | undefined
  note: string
  rule: 'place-name'
}

/**
 * Set apart the mentions that are a place's name, kept and logged as kept with the place:
 * - a given name found alone as the second word of a place's name (`Sao Paulo`, `SAN JOSE`,
 *   `Santo Domingo`, `Puerto Cortes`): the city, not the person named `Paulo Rosa (strictly
 *   protect)` (audit K: `Sao [REDACTED]` six times, in the consulate's own header and banner lines
 *   too). The first word capitalised as a place's is (`the port Mendez inspects` is the person);
 *   never the surname (`his cousin Santo Rizzo`), nor where the word before is the person's own
 *   (`Aung San Suu Kyi`), nor a full name;
 * - a candidate's mention inside a post's name in the header (`postNames`: `FM AMEMBASSY SAN
 *   JOSE`, `UNCLAS SAN JOSE 000267`): the post, whose name a candidate read at a marker may share
 *   (`the owner of Mundi Arms of San Jose (strictly protect)`, audit M: `FM [REDACTED]`). What a
 *   marker names for sure is redacted there too: the words before `(protect)` are the person's,
 *   whatever they are (fail closed).
 */
export function separatePlaceWords(text: string, mentions: readonly Span[], entities: readonly Entity[], postNames: readonly Range[] = []): {mentions: Span[]; places: PlaceWord[]} {
  const byLabel = new Map(entities.map((entity) => [entity.label, entity]))
  const ownWords = new Map(entities.map((entity) => [entity.label, new Set(entity.tokens.map((token) => fold(token).toLowerCase()))]))
  const names: Span[] = []
  const places: PlaceWord[] = []
  for (const span of mentions) {
    const written = text.slice(span.start, span.end)
    const entity = byLabel.get(span.entity ?? '')
    // The span may open before the name, on the line's office or level word read as an initial (`AMEMBASSY SAN JOSE`).
    if (entity?.candidate === true && postNames.some((post) => post.start < span.end && span.end <= post.end && !text.slice(span.start, post.start).includes('\n'))) {
      places.push({start: span.start, end: span.end, entity: span.entity, note: `a post's name in the header, ${written}`, rule: 'place-name'})
      continue
    }
    const surname = entity === undefined ? undefined : fold(entity.tokens[entity.surnameIndex] ?? '').toLowerCase()
    const before = /\s/.test(written) || fold(written).toLowerCase() === surname ? null : placePrefix.exec(text.slice(Math.max(0, span.start - 12), span.start))
    if (before === null || ownWords.get(span.entity ?? '')?.has(fold(before[1]!).toLowerCase()) === true) names.push(span)
    else places.push({start: span.start, end: span.end, entity: span.entity, note: `a place's name, ${before[1]} ${written}`, rule: 'place-name'})
  }
  return {mentions: names, places}
}

/** The first words of places' names, capitalised or in capitals, before a second word and spaces. */
const placePrefix = /(?<![\p{L}\p{M}\p{N}.'’-])(San|Sao|São|Santa|Santo|Port|Puerto|Porto|Fort|Ciudad|SAN|SAO|SÃO|SANTA|SANTO|PORT|PUERTO|PORTO|FORT|CIUDAD)[ \t]+$/u

/**
 * Where a cable's header names its posts, never people: after `AMEMBASSY`, `AMCONSUL`,
 * `USMISSION`… on a routing line before the first banner (`FM AMEMBASSY SAN JOSE`,
 * `RUEHSJ/AMEMBASSY SAN JOSE`), and on the first banner between its marking and the cable's
 * number (`C O N F I D E N T I A L SAN JOSE 000267`). Not a banner read again later, which may be
 * a line of prose in capitals the parser took for one.
 */
export function postLinesOf(text: string, tree: Root): Range[] {
  const found: Range[] = []
  for (const node of tree.children) {
    // Only before the body: a banner after a paragraph is read again, or prose in capitals.
    if (node.type === 'paragraph') break
    if (node.type === 'banner') {
      const from = node.marking.position.end.offset
      const post = captionPost(text.slice(from, node.position.end.offset))
      if (post !== undefined) found.push({start: from + post.start, end: from + post.end})
      break
    }
    if (node.type !== 'routing') continue
    const end = node.position.end.offset
    for (let start = node.position.start.offset; start < end; ) {
      const next = text.indexOf('\n', start)
      const stop = next === -1 || next > end ? end : next
      const office = postOffice.exec(text.slice(start, stop))
      if (office !== null) found.push({start: start + office.index + office[0].length, end: stop})
      start = stop + 1
    }
  }
  return found
}

/** The office before a post's name on a routing line (`AMEMBASSY `, `AMCONSUL `). */
const postOffice = /\b(?:AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION|USDEL)[ \t]+/

/**
 * Where a banner's caption names its post: before the cable's number, past a `SECTION nn OF nn`
 * (`SAN JOSE` of ` SAN JOSE 000267`). Read from both ends, without a pattern that backtracks.
 */
function captionPost(caption: string): Range | undefined {
  let end = caption.length
  while (end > 0 && isBlankCode(caption.charCodeAt(end - 1))) end--
  let digits = end
  while (digits > 0 && caption.charCodeAt(digits - 1) >= 48 && caption.charCodeAt(digits - 1) <= 57) digits--
  if (end - digits < 3 || end - digits > 6) return undefined
  let postEnd = digits
  while (postEnd > 0 && isBlankCode(caption.charCodeAt(postEnd - 1))) postEnd--
  if (postEnd === digits) return undefined
  const section = sectionPrefix.exec(caption)
  let start = section === null ? 0 : section[0].length
  while (start < postEnd && isBlankCode(caption.charCodeAt(start))) start++
  return start < postEnd && postName.test(caption.slice(start, postEnd)) ? {start, end: postEnd} : undefined
}

const isBlankCode = (code: number): boolean => code === 32 || code === 9 || code === 13
/** A caption's `SECTION 01 OF 02` before the post. */
const sectionPrefix = /^[ \t]*SECTION[ \t]+\d+[ \t]+OF[ \t]+\d+[ \t]/
/** A post's name in capitals: `SAN JOSE`, `USUN NEW YORK`, `ST. GEORGE'S`. */
const postName = /^[A-Z][A-Z .'-]*$/

/** A capitalised word of five letters or more, whole. */
const longCapitalised = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}]{4,}(?![\p{L}\p{M}\p{N}])/gu

/** `word` and each spelling of it with one letter left out, lower case. */
function oneLetterOut(word: string): string[] {
  const lower = word.toLowerCase()
  const found = [lower]
  for (let at = 0; at < lower.length; at++) found.push(lower.slice(0, at) + lower.slice(at + 1))
  return found
}

/**
 * A protected name misspelt by one letter, as cables do (`Biatio` for `Biato`, `McCormick` for
 * `McCormack`, `Rembo` for `Rembe`, `Sandoming` for `Sandomingo`: 04BRASILIA2863, 08MOSCOW1519,
 * 09STOCKHOLM787, 07MADRID545): a capitalised word of five letters or more, with the same first
 * letter as a surname of five or more, one letter added, left out or changed (the same string
 * with one letter left out of each). A guess, logged as ambiguous; never a word the text writes
 * in lower case or a common word. Words already found are left.
 */
function misspelt(text: string, folded: string, entities: readonly Entity[], found: readonly Hit[]): Hit[] {
  /** Each surname with one letter left out (and whole), lower case: whose, and its first letter. */
  const byVariant = new Map<string, {label: string; initial: string}>()
  for (const entity of entities) {
    // The surname only: given names one letter apart are other people's (`Maria`, `Marina`).
    const surname = fold(entity.tokens[entity.surnameIndex] ?? '')
    if ((surname.match(/\p{L}/gu)?.length ?? 0) < 5 || isCommonWord(surname)) continue
    const initial = surname.charAt(0).toLowerCase()
    for (const variant of oneLetterOut(surname)) if (!byVariant.has(variant)) byVariant.set(variant, {label: entity.label, initial})
  }
  if (byVariant.size === 0) return []
  const taken = new Set(found.map((hit) => hit.start))
  const hits: Hit[] = []
  const words = textWordsOf(text)
  for (const match of folded.matchAll(longCapitalised)) {
    const word = match[0]
    if (taken.has(match.index) || isCommonWord(word)) continue
    const lower = word.toLowerCase()
    let owner: {label: string; initial: string} | undefined
    for (const variant of oneLetterOut(word)) {
      owner = byVariant.get(variant)
      if (owner !== undefined) break
    }
    if (owner === undefined || owner.initial !== lower.charAt(0)) continue
    // A word the text also writes in lower case is the word (`Rather`), not a misspelt name.
    if (words.writtenInLowerCase(text.slice(match.index, match.index + word.length))) continue
    hits.push({start: match.index, end: match.index + word.length, entity: owner.label, owners: [new Set([owner.label])], reason: 'ambiguous-mention'})
  }
  return hits
}

/**
 * Where a mention starts once the particles of the person's own name written right before it are
 * taken too (`Le Pen` after `Jean-Marie Le Pen (protect)`, `Van der Berg`, `Abu Rami`): a
 * particle is never searched alone, so the mention of the rest released it. Each particle stands
 * after white space or the text's start, spaces or tabs between it and what follows.
 */
function withParticlesBefore(text: string, start: number, words: ReadonlySet<string> | undefined): number {
  if (words === undefined) return start
  let at = start
  for (let count = 0; count < 3; count++) {
    let end = at
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
    let begin = end
    while (begin > 0 && begin > end - 6 && /\p{L}/u.test(text.charAt(begin - 1))) begin--
    const word = text.slice(begin, end)
    if (end === at || word === '' || (begin > 0 && /[\p{L}\p{M}\p{N}]/u.test(text.charAt(begin - 1)))) break
    if (!isNameParticle(word) || !words.has(word.toLowerCase())) break
    at = begin
  }
  return at
}

function isUpperLetter(char: string): boolean {
  return /^\p{Lu}$/u.test(char)
}

function isWordChar(char: string): boolean {
  return /^[\p{L}\p{M}\p{N}]$/u.test(char)
}

/** The start of a word of two or three capitals (`MK`) ending at `end` with a space or tab after it, or -1. */
function gluedInitialsStart(text: string, end: number): number {
  let begin = end
  while (begin > end - 4 && begin > 0 && isUpperLetter(text.charAt(begin - 1))) begin--
  if (end - begin < 2 || end - begin > 3 || (begin > 0 && /[\p{L}\p{M}\p{N}.'’-]/u.test(text.charAt(begin - 1)))) return -1
  return begin
}

/**
 * Words of two or three capitals written right before a mention (`MK Narayanan`, `AK Antony`,
 * 07NEWDELHI909) that the text writes nowhere else: a person's initials run together, not an
 * office or a body the cable names again (`PM Singh`, `the PM`; `US Ward`, `the US`). Mixed-case
 * mentions only: in capitals every word is so written.
 */
function gluedInitialsOf(text: string, hits: readonly Hit[]): ReadonlySet<string> {
  const beforeNames = new Map<string, number>()
  for (const hit of hits) {
    const written = text.slice(hit.start, hit.end)
    if (written === written.toUpperCase()) continue
    let end = hit.start
    if (text.charCodeAt(end - 1) !== 32) continue
    end--
    const begin = gluedInitialsStart(text, end)
    if (begin !== -1) {
      const word = text.slice(begin, end)
      beforeNames.set(word, (beforeNames.get(word) ?? 0) + 1)
    }
  }
  const found = new Set<string>()
  if (beforeNames.size === 0) return found
  // One pass over the text's words of two or three capitals, whatever the number of them sought.
  const written = new Map<string, number>()
  for (const match of text.matchAll(capitalsWord)) if (beforeNames.has(match[0])) written.set(match[0], (written.get(match[0]) ?? 0) + 1)
  for (const [word, count] of beforeNames) {
    if (!isPlaceInitials(word) && !isTitleWord(word) && written.get(word) === count) found.add(word)
  }
  return found
}

/** A whole word of two or three capitals. */
const capitalsWord = /(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{M}\p{N}])/gu

/**
 * Where a mention starts once the initials written right before it are taken too: `T.S.
 * Tirumurti`, `A. K. Antony`, `William E. Ward`, and the run-together initials of
 * `gluedInitialsOf` (`MK Narayanan`). Initials are never searched alone (a letter names no one),
 * so the mention of the surname released them (08NEWDELHI2322, 09NEWDELHI1337). Not a country's
 * (`the U.S. Ward`).
 */
function withInitialsBefore(text: string, start: number, glued: ReadonlySet<string>): number {
  let at = start
  let letters = ''
  for (let count = 0; count < 4; count++) {
    let end = at
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
    if (count === 0 && end === at) return start
    if (text.charAt(end - 1) !== '.' || !isUpperLetter(text.charAt(end - 2)) || isWordChar(text.charAt(end - 3))) break
    letters = text.charAt(end - 2) + letters
    at = end - 2
  }
  if (letters !== '' && !isPlaceInitials(letters) && !(letters.length === 1 && isReferenceLetterAt(text, at))) return at
  if (letters === '' && glued.size > 0 && text.charCodeAt(start - 1) === 32) {
    const begin = gluedInitialsStart(text, start - 1)
    if (begin !== -1 && glued.has(text.slice(begin, start - 1))) return begin
  }
  return start
}

/**
 * The first person (in the order of the entities) found in every one of `owners`: the first of
 * the smallest set that the others have too, since each set is in that order.
 */
function firstOwner(owners: ReadonlyArray<ReadonlySet<string>>): string | undefined {
  const smallest = owners.reduce((least, set) => (set.size < least.size ? set : least))
  for (const label of smallest) if (owners.every((set) => set.has(label))) return label
  return undefined
}

/**
 * Join consecutive hits of one person separated only by white space or a name particle into
 * one full-name mention (`Li Qing` is one mention, `Li\nQing` too). The joined mention is
 * ambiguous only if every part was.
 */
function joinFullNames(text: string, hits: readonly Hit[], pageBreaks: readonly Range[]): Hit[] {
  const result: Hit[] = []
  for (const hit of hits) {
    const last = result.at(-1)
    if (last !== undefined && joinsName(text.slice(last.end, hit.start)) && !hasBreakWithin(pageBreaks, last.end, hit.start)) {
      // Each token's set once: a run of names repeating the same few tokens stays a few sets.
      const owners = [...last.owners, ...hit.owners.filter((set) => !last.owners.includes(set))]
      const first = firstOwner(owners)
      if (first !== undefined) {
        // `Pedro Biabia`: the person both tokens belong to is the one meant.
        last.owners = owners
        last.entity = first
        last.end = hit.end
        if (hit.reason === 'name-mention') last.reason = 'name-mention'
        continue
      }
    }
    result.push({...hit})
  }
  return result
}
