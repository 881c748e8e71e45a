/**
 * Name tokens that are also common English words. Where one of these is capitalised
 * mid-sentence it is taken as the name; at a sentence start it is redacted as an
 * *ambiguous* mention and logged so; in lower case it is the word, not a mention.
 *
 * Kept small on purpose: a token missing from this list is redacted in every case, which
 * is the safe failure. Seeds 002 (`He Ye`) and 003 (`Li Qing`) show why it is needed: every
 * capitalised `He` after `He Ye (protect)` must go, the pronoun `he` must stay.
 */
const words = [
  // pronouns, articles, conjunctions and prepositions that are also surnames or given names
  'he', 'ye', 'an', 'so', 'on', 'in', 'to', 'by', 'or', 'as', 'us', 'me', 'we', 'it', 'my', 'no',
  'lee', 'hope', 'she', 'her', 'him', 'his', 'you', 'our', 'can', 'will', 'may', 'must', 'might',
  // month, season and time words
  'june', 'april', 'august', 'march', 'summer', 'summers', 'winter', 'spring', 'day', 'night', 'sunday',
  // adjectives
  'long', 'young', 'old', 'new', 'good', 'best', 'rich', 'strong', 'small', 'little', 'short', 'wise', 'noble',
  'black', 'white', 'brown', 'green', 'gray', 'grey', 'gold', 'golden', 'sharp', 'bright', 'hardy', 'fair',
  'free', 'glad', 'gay', 'kind', 'low', 'high', 'west', 'east', 'north', 'south', 'far', 'near', 'ma',
  // nouns and verbs that are common surnames or given names
  'page', 'drew', 'bill', 'mark', 'rose', 'grace', 'joy', 'faith', 'art', 'bob', 'dean', 'frank', 'guy',
  'jack', 'ray', 'rob', 'sue', 'pat', 'chase', 'cook', 'baker', 'miller', 'smith', 'taylor', 'turner',
  'walker', 'hunter', 'carter', 'mason', 'porter', 'parker', 'fisher', 'cooper', 'ward', 'wood', 'woods',
  'hill', 'hall', 'king', 'lord', 'bishop', 'price', 'bush', 'rice', 'reed', 'stone', 'field', 'fields',
  'bell', 'banks', 'park', 'church', 'ford', 'lane', 'house', 'marsh', 'moon', 'star', 'sun', 'wolf',
  'fox', 'bird', 'crane', 'swan', 'nash', 'major', 'judge', 'dong', 'sing', 'tan', 'bay', 'chance',
  'case', 'cash', 'gain', 'hand', 'love', 'mills', 'nice', 'sharif', 'welcome', 'winner', 'worth', 'yang',
  'ha', 'ban', 'ho',
  // Name particles (`de`, `van`, `al`, `do`…) are not listed: they are never searched alone
  // (`searchTokens` in mentions.ts, `protectedTokens` in verify.ts), so they never reach this list.
] as const

const set: ReadonlySet<string> = new Set(words)

/** Whether `token` (any case) is also a common English word. */
export function isCommonWord(token: string): boolean {
  return set.has(token.toLowerCase())
}

/**
 * Particles that are also given names or surnames where they open a name, capitalised (`Ben
 * Wedeman`, `Du Daozheng`, `Le Hong Anh`, `Des Browne`): searched alone there. Not `Abu` or `Al` (`Abu Dhabi`).
 */
export const openingNames: ReadonlySet<string> = new Set(['Ben', 'Du', 'Le', 'Da', 'Di', 'Do', 'Des', 'BEN', 'DU', 'LE', 'DA', 'DI', 'DO', 'DES'])

/**
 * Lower-case particles inside names (`Gomez de Olea`, `Ibrahim el-Meyet`, `Fatima bint Mubarak`):
 * one list for reading a name before its marker (entities.ts), for joining its parts and never
 * searching a particle alone (mentions.ts), and for the check of the copy (verify.ts).
 */
const particles: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'du', 'des', 'del', 'della', 'dos', 'das', 'do', 'van', 'von', 'der', 'den', 'ter', 'al',
  'el', 'bin', 'ibn', 'ben', 'abu', 'la', 'le', 'y', 'zu', 'los', 'las', 'bint', 'ul', 'ud', 'ould', 'e',
  // German `von und zu`, `vom`, `zum`; Welsh `ap`, `ab`, `ferch`; Tuareg `ag`; Malay `binti`; Hebrew
  // `bat`; Catalan `i`; Italian `dal`, `degli`, `lo`; Dutch `te`, `ten`, `het`, `op`; Vietnamese
  // `thi`; Filipino `dela`; Spanish `viuda de`.
  'und', 'vom', 'zum', 'zur', 'ap', 'ab', 'ferch', 'ag', 'binti', 'bat', 'i', 'dal', 'dalla', 'dei', 'degli',
  'delle', 'lo', 'te', 'ten', 'het', 'op', 'thi', 'dela', 'viuda',
])

/** Whether `word` (any case) is a name particle. */
export function isNameParticle(word: string): boolean {
  return particles.has(word.toLowerCase())
}

/** Initials with dots that are a country's or a union's, not a person's (`the U.S. Ward`), its letters alone. */
const placeInitials: ReadonlySet<string> = new Set(['US', 'UK', 'UN', 'EU'])

/** Whether `letters` (`US` of `U.S.`) are a country's or a union's initials. */
export function isPlaceInitials(letters: string): boolean {
  return placeInitials.has(letters)
}

/** A word a reference's or a part's letter follows (`reported in ref A.`, `see para B.`). */
const referenceWordBefore = /(?:^|[^\p{L}])(?:refs?|reftel|para|paras|paragraph|section|annex|tab|item|point|part|appendix|enclosure|attachment)[ \t]+$/iu

/**
 * Whether the letter at `at` follows a word that names a reference or a part: its letter and dot
 * (`as reported in ref A. Khouri said`) end a sentence, and are no initial of the name after it.
 */
export function isReferenceLetterAt(text: string, at: number): boolean {
  return referenceWordBefore.test(text.slice(Math.max(0, at - 12), at))
}
