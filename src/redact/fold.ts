/**
 * Accent folding that keeps offsets: `Fernández` and `Fernandez` are the same name in a
 * cable (both spellings occur), so names are matched on folded text. Each UTF-16 code unit
 * maps to exactly one code unit, so an offset in the folded text is the same offset in the
 * original. What one code unit cannot say is said elsewhere: a letter written as two (`ß` and
 * `ss`) by the spellings of a name (`nameSpellings`), an accent written apart or an invisible
 * soft hyphen by reading the text without them (`withoutIgnorables`).
 */
import {isNameParticle} from './common-words.js'

/**
 * Letters with a mark but no canonical decomposition, which `normalize` leaves whole: a stroke or
 * bar (`Søren` is written `Soren`, `Wałęsa` `Walesa`, `Đặng` `Dang`), the dotless `ı` (`Yıldırım`
 * is `Yildirim` and `YILDIRIM`), `ð`, written `d` in English (`Guðmundsson`), and the Azerbaijani
 * schwa, written `a` (`Məmmədov` is `Mammadov`).
 */
const unmarked: Readonly<Record<string, string>> = {
  Ø: 'O', ø: 'o', Ð: 'D', ð: 'd', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', Ŧ: 'T', ŧ: 't',
  Ə: 'A', ə: 'a', ƀ: 'b', Ɨ: 'I', ƚ: 'l', Ƶ: 'Z', ƶ: 'z', Ǥ: 'G', ǥ: 'g', Ȼ: 'C', ȼ: 'c', Ƚ: 'L', Ɇ: 'E', ɇ: 'e', Ɉ: 'J', ɉ: 'j', Ɍ: 'R', ɍ: 'r', Ɏ: 'Y', ɏ: 'y',
}

/** Unicode hyphens, one name whichever is written (`al‐Hakim` with U+2010 is `al-Hakim`). */
const hyphens: Readonly<Record<string, string>> = {'\u2010': '-', '\u2011': '-'}

/**
 * Apostrophes a name may be typed with, one name whichever is written (`DʼSouza`, `D’Souza`,
 * `D`Souza`, `D'Souza`; `´` stands for `'` in the corpus: `Gao´s`), and the Hawaiian ʻokina and the
 * Arabic ʿayn and hamza of transliterations (`Kaʻahumanu`, `al-Shaʿrani`), written `'` or not at all. Read as `'` where names are
 * compared in lower case (`keyOf` in mentions.ts, the check's lower case in verify.ts), not by
 * `fold`: those passes turned `’` into `'` already, while in `fold` a callback for each of the
 * corpus's 11,000 (a tenth of the cables has one) made it a third slower.
 */
export const apostrophes = /[`\u00b4\u02bc\u02bb\u02be\u02bf\u2018\u2019]/g

/** Every code unit `fold` changes, with what it becomes: worked out once, not per letter of a cable. */
const folded = new Map<string, string>()
for (const [first, last] of [[0xc0, 0x24f], [0x259, 0x259], [0x1e00, 0x1eff]] as const) {
  for (let code = first; code <= last; code++) {
    const unit = String.fromCharCode(code)
    const base = unmarked[unit] ?? unit.normalize('NFD').charAt(0)
    // `×`, `÷`, `Æ`, `ß`, `ẞ` have no Latin base letter: they stay as written.
    if (base !== unit && /^[A-Za-z]$/.test(base)) folded.set(unit, base)
  }
}
for (const [unit, base] of Object.entries(hyphens)) folded.set(unit, base)

/** The units of `folded`: the Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF for Vietnamese), `ə`, and `hyphens`. */
const foldable = /[\u00c0-\u024f\u0259\u1e00-\u1eff\u2010\u2011]/g

/**
 * `text` with accents folded, same length, same offsets. One regex replacement: building the
 * result a code unit at a time made a 20 MB cable cost seconds and hundreds of megabytes.
 */
export function fold(text: string): string {
  return text.replace(foldable, (unit) => folded.get(unit) ?? unit)
}

/** The hyphens of a name as `fold` reads them: a name's parts are sought alone whichever is written. */
export const nameHyphens = /[-\u2010\u2011]/

/**
 * Code units a reader does not see as part of the word: combining accents (`Jose\u0301` is
 * `José`, `Nguye\u0302\u0303n` is `Nguyễn`), the soft hyphen (`Kho\u00ADuri` shows as `Khouri`
 * or `Kho-` at a line end), and the joiners and byte-order mark that show as nothing. The zero
 * width space is not among them: it parts words.
 */
// eslint-disable-next-line no-misleading-character-class -- each mark or joiner is meant alone here, not joined to the unit before it
const ignorables = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u2060\ufeff\u200c\u200d]+/g

/** Text with its ignorable units taken out, and the way back to offsets in the text it was made from. */
export interface WithoutIgnorables {
  text: string
  /** The offset in the original of `offset` in `text`: past any ignorable units right before it. */
  toOriginal: (offset: number) => number
}

/**
 * `text` without the units a reader does not see (`ignorables`), so that a name written with
 * them is found as it reads; undefined when it has none, as nearly every cable has (one
 * native search). Folding cannot drop them, since it keeps offsets: the way back goes by the
 * places where units were taken out, which are few.
 */
export function withoutIgnorables(text: string): WithoutIgnorables | undefined {
  // `search` starts at 0 and leaves `lastIndex` as it was, global or not.
  if (text.search(ignorables) === -1) return undefined
  const pieces: string[] = []
  // Where each kept run starts in the new text, and how far it moved back from the original.
  const starts = [0]
  const shifts = [0]
  let copied = 0
  let removed = 0
  for (const match of text.matchAll(ignorables)) {
    pieces.push(text.slice(copied, match.index))
    removed += match[0].length
    copied = match.index + match[0].length
    starts.push(copied - removed)
    shifts.push(removed)
  }
  pieces.push(text.slice(copied))
  const toOriginal = (offset: number): number => {
    // The last run that starts at or before `offset`: the ignorable units before it come first.
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return offset + shifts[low]!
  }
  return {text: pieces.join(''), toOriginal}
}

/** Letters written as two letters as often as one: `Strauß` is `Strauss`, `Kjærsgaard` `Kjaersgaard`. */
const digraphs: Readonly<Record<string, string>> = {ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ĳ: 'ij', Ĳ: 'IJ'}
const digraphLetters = /[ßẞæÆœŒþÞĳĲ]/g
/** The two-letter spellings back to one letter, in lower case, as keys are compared. */
const ligatures: ReadonlyArray<readonly [string, string]> = [['ss', 'ß'], ['ae', 'æ'], ['oe', 'œ'], ['th', 'þ'], ['ij', 'ĳ']]

/**
 * `spelling` in lower case with every choice of its two-letter spellings written as one letter,
 * pair by pair (`thorsson` as `þorsson`, `thorßon`, `þorßon`): a name has one or two of them.
 */
function contractions(spelling: string): string[] {
  let found = [spelling.toLowerCase()]
  for (const [pair, letter] of ligatures) {
    if (!found[0]!.includes(pair)) continue
    found = found.flatMap((each) => [each, each.replaceAll(pair, letter)])
  }
  return found.slice(1)
}

/** German and Scandinavian letters written with an `e` or a second letter without the mark: `Jörg` is `Joerg`, `Søren` `Soeren`. */
const transliterations: Readonly<Record<string, string>> = {ä: 'ae', Ä: 'AE', ö: 'oe', Ö: 'OE', ü: 'ue', Ü: 'UE', ø: 'oe', Ø: 'OE', å: 'aa', Å: 'AA'}
const transliterated = /[äÄöÖüÜøØåÅ]/g
const hasTransliterated = /[äÄöÖüÜøØåÅ]/

/**
 * Other ways the same name is written in English text: `Mc` and `Mac` (`McDonald`, `MacDonald`);
 * the Slavic `-ić` as `-ich` and `-itch` and back (`Marković`, `Markovich`); `ue` for `ü` read
 * the other way (`Mueller` as `Muller`, for `Müller` folded).
 */
function variantSpellings(word: string, slavicEnding: 'ic' | undefined): string[] {
  const found: string[] = []
  const mac = /^(M)(a?)c(?=\p{Lu}|[a-z]{3})/u.exec(word)
  if (mac !== null) found.push(`${mac[1]}${mac[2] === '' ? 'a' : ''}c${word.slice(mac[0].length)}`)
  if (slavicEnding === 'ic') found.push(`${word}h`, `${word.slice(0, -1)}tch`)
  else if (/[oe]vitch$/i.test(word)) found.push(word.slice(0, -3), `${word.slice(0, -3)}h`)
  else if (/[oe]vich$/i.test(word)) found.push(word.slice(0, -1), `${word.slice(0, -2)}tch`)
  if (/\p{L}ue/u.test(word)) found.push(word.replace(/(?<=\p{L})ue/gu, 'u'))
  return found
}

/**
 * A name word and the parts it is also written in: each part between hyphens (`Jean`, `Francois`
 * of `Jean-Francois`), and the word after a particle written joined to it (`Dijk` of `vanDijk`,
 * written `van Dijk` elsewhere; `Lemden` of `vonLemden`; `Vido` of `DeVido`).
 */
export function nameParts(token: string): string[] {
  const parts = [token, ...token.split(nameHyphens)]
  // The particle capitalised too (`DeVido`, written `De Vido` elsewhere, 08BUENOSAIRES568), then
  // with a rest of four letters or more: a short one is often an English word (`DeLay`).
  const capitalised = token.charAt(0) !== token.charAt(0).toLowerCase()
  const glued = gluedParticle.exec(capitalised ? token.charAt(0).toLowerCase() + token.slice(1) : token)
  if (glued !== null && (!capitalised || glued[1]!.length >= 4)) parts.push(glued[1]!)
  return parts
}

const gluedParticle = /^(?:van|von|de|da|di|du|del|della|der|den|ter|al|el|le|la|bin|ibn|abu|ben)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)$/u

/** Words of Arabic and Persian compound names, which are also written joined to the next one. */
const compoundOpeners: ReadonlySet<string> = new Set([
  'abd', 'abdel', 'abdul', 'abdal', 'abdol', 'abdu', 'ali', 'mohammad', 'mohammed', 'muhammad', 'mohamed', 'gholam',
  'nour', 'nur', 'noor', 'seif', 'saif', 'sayf', 'jamal', 'salah', 'salaheddine', 'sharaf', 'nasr', 'nasser', 'ala',
  'alaa', 'izz', 'ezz', 'badr', 'zain', 'zein', 'zine', 'amir', 'hossein', 'hussein', 'reza', 'mir', 'shams', 'taj',
])

/** Whether a name word is written joined to the next one: a particle, a compound's first word, or a short word. */
function joinsNext(word: string): boolean {
  const lower = word.toLowerCase()
  return isNameParticle(lower) || compoundOpeners.has(lower) || word.length <= 3
}

/**
 * The other spellings of a name of several words written as one (`Abdel Rahman` as `Abdelrahman`,
 * `Ali Reza` as `Alireza`, `van den Berg` as `Vandenberg`): each two and three words in a row joined.
 */
export function joinedSpellings(tokens: readonly string[]): string[] {
  // Initials and numbers are not written into a name (`James A. Boughner`, `007 Bond`).
  const words = tokens.filter((token) => /\p{L}.*\p{L}/u.test(token)).map((token) => token.replace(/['’ʼ\u2010\u2011-]/g, ''))
  const found: string[] = []
  for (let first = 0; first < words.length - 1; first++) {
    // Only a word that names are written joined to (`Abdel`, `Ali`, `van`): every pair of every
    // name made a third more words to seek in a cable naming thousands (bench/RESULTS.md).
    if (!joinsNext(words[first]!)) continue
    // A join ends with a name word, not a particle (`Gomezde` of `Gomez de Olea` is no spelling).
    if (!isNameParticle(words[first + 1]!)) found.push(words[first]! + words[first + 1]!)
    if (first + 2 < words.length && !isNameParticle(words[first + 2]!)) found.push(words[first]! + words[first + 1]! + words[first + 2]!)
  }
  return found
}

/** A key must open with a letter or digit (`wholeWordMatches`): `ʼAli`, read `'Ali`, is sought as `Ali`. */
const leadingMarks = /^['-]+/

/**
 * The spellings of one name word to search for, folded, the word's own spelling first: without
 * accents, however they are written (`Jose\u0301` as `Jose`); with each two-letter spelling of
 * one letter both ways (`Strauß` and `Strauss`; `Strauss` also as `strauß`, which folding leaves
 * as written); and German and Scandinavian letters as transliterated (`Jörg` as `Joerg`; not the
 * reverse, which would also make `Michael` `Michal`). More spellings than a cable uses cost only
 * keys: text the name is not in never matches them.
 */
export function nameSpellings(word: string): string[] {
  // Asked for each token by the finder and again by the check: worked out once.
  let known = spellingsOf.get(word)
  if (known === undefined) {
    if (spellingsOf.size >= 50_000) spellingsOf.clear()
    known = spellingsOfWord(word)
    spellingsOf.set(word, known)
  }
  return [...known]
}

const spellingsOf = new Map<string, readonly string[]>()

function spellingsOfWord(word: string): string[] {
  const composed = word.normalize('NFC')
  const clean = (spelling: string): string => fold(spelling).replace(apostrophes, "'").replace(ignorables, '').replace(leadingMarks, '')
  const expand = (spelling: string): string => spelling.replace(digraphLetters, (letter) => digraphs[letter] ?? letter)
  const own = clean(composed)
  const expanded = expand(own)
  const spellings = [own, expanded, ...contractions(expanded)]
  if (hasTransliterated.test(composed)) spellings.push(expand(clean(composed.replace(transliterated, (letter) => transliterations[letter] ?? letter))))
  // `Xiao-ming` as `Xiaoming`, `N'Diaye` as `Ndiaye`, `Jing'an` as `Jingan`, `Kaʻahumanu` as `Kaahumanu`.
  if (/[^-'][-'][^-']/.test(own)) spellings.push(own.replace(/['-]/g, ''))
  // `-ić` written so, or `-ović`/`-ević` without the accent (not `Eric`, `Cedric`: `Erich` is another name).
  const slavic = /ić$/i.test(composed) || /[oe]vic$/i.test(own) ? 'ic' : undefined
  for (const variant of variantSpellings(own, slavic)) spellings.push(variant)
  // One spelling per key: keys are compared in lower case, and the check reports each place once.
  const byKey = new Map<string, string>()
  for (const spelling of spellings) if (spelling !== '' && !byKey.has(spelling.toLowerCase())) byKey.set(spelling.toLowerCase(), spelling)
  return [...byKey.values()]
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
