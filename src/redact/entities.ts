/**
 * The person each protect marker protects.
 *
 * A drafter writes `(protect)` right after the name of a confidential source (E.O. 12958
 * §1.4(c),(d); 12 FAM 540 on protecting sources): `Li Qing (strictly protect)`,
 * `Marcel Biato (protect), President Lula's deputy foreign affairs advisor`. The person is
 * the capitalised name right before the marker, read backwards through white space, line
 * breaks, page-continuation lines, a comma, and parenthetical asides (`Raul Henry (PMDB,
 * Pernambuco) (protect)`), with titles stripped (`Professor Wang Qiliang` → `Wang Qiliang`)
 * and the name's own order kept. When the words right before the marker are a role
 * (`Hossam Bahgat, director of the Egyptian Initiative for Personal Rights (protect)`) the
 * name is the one before the apposition's comma.
 *
 * Three outcomes per marker (real contexts: corpus `PROTECT_MARKERS.tsv`):
 * - `named`: tokens of a person's name;
 * - `placeholder`: the name is already gone (`XXXXXXXXXXXX (protect)`, `[REDACTED]
 *   (protect)`): nothing to name, not an error, and what makes re-redaction a no-op;
 * - `unnamed`: no nameable person (`These contacts (strictly protect) include`,
 *   `He also said (protect) that`): the whole sentence is withheld (fail closed).
 */
import {isSpace} from '../syntax/classify-line.js'
import type {ProtectMarker, Root} from '../syntax/types.js'
import {breaksOverlapping, gatherTreeFacts, hasBreakWithin, trimRange, type MarkerSite, type Range} from './markers.js'
import {isCommonWord, isNameParticle, isPlaceInitials, isReferenceLetterAt, openingNames} from './common-words.js'
import {nameHyphens} from './fold.js'
import {partitionPoint} from '../partition-point.js'
import {placeholderPattern} from './placeholders.js'
import {isPlaceName} from './places.js'
import type {Span} from './spans.js'

/** A protected person. Carries name tokens in memory only: never logged, never in messages. */
export interface Entity {
  /** `P1`, `P2`, … in order of first marker. */
  label: string
  /** The name's tokens in written order, as first written (`['Li', 'Qing']`, `['Marcel', 'Biato']`). */
  tokens: string[]
  /**
   * Index in `tokens` of the surname: 0 for a Chinese-order name (`Li Qing`), the last
   * token otherwise (`Marcel Biato`).
   */
  surnameIndex: number
  /** Titles stripped from before the name, lower case (`professor`, `vice governor`). */
  titles: string[]
  /** Offsets of the protect markers that name this person. */
  markers: number[]
  /** The name as written right before each marker. */
  names: Range[]
  /**
   * Only a reading that may be the person: a name of the sentence of a marker that names nobody
   * or several, or one of the two names a marker may mean (`Rami Khouri from Aleppo (protect)`).
   * Redacted all the same (fail closed); its spans are logged as ambiguous, which a reviewer's
   * `keep` decision may release. `false` once a marker names the person for sure.
   */
  candidate?: boolean | undefined
}

/** What one marker resolved to. */
export type MarkerResolution =
  | {kind: 'named'; marker: ProtectMarker; entity: string; name: Range}
  | {kind: 'placeholder'; marker: ProtectMarker}
  | {kind: 'unnamed'; marker: ProtectMarker; sentence: Range}

export interface EntityResult {
  entities: Entity[]
  resolutions: MarkerResolution[]
  /** `protected-name` spans (the name before each marker) and `unnamed-protected-source` sentences. */
  spans: Span[]
}

// ## Word lists

/** Titles and ranks stripped from before a name (compared in lower case, dots removed). */
const titles: ReadonlySet<string> = new Set([
  'professor', 'prof', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'madame', 'mme', 'madam', 'monsieur', 'sir',
  'dame', 'lord', 'lady', 'sheikh', 'shaykh', 'sheik', 'imam', 'mullah', 'ayatollah', 'hojjatoleslam', 'father',
  'sister', 'brother', 'reverend', 'rev', 'bishop', 'archbishop', 'cardinal', 'monsignor', 'rabbi', 'general',
  'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'admiral', 'adm', 'commander',
  'judge', 'justice', 'senator', 'sen', 'deputy', 'congressman', 'congresswoman', 'representative', 'governor',
  'vice', 'minister', 'ambassador', 'amb', 'director', 'president', 'chairman', 'chairwoman', 'chair',
  'secretary', 'mayor', 'prosecutor', 'attorney', 'consul', 'counselor', 'counsellor', 'prince', 'princess',
  'king', 'queen', 'emir', 'sultan', 'chief', 'head', 'manager', 'officer', 'member', 'editor', 'advisor',
  'adviser', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'coordinator', 'commissioner',
  'undersecretary', 'excellency', 'honorable', 'hon', 'dean', 'rector', 'engineer', 'eng', 'gm', 'ceo', 'vp',
  'dcm', 'mp', 'charge', 'chargé', 'envoy', 'deputies', 'assistant', 'executive', 'founder', 'partner',
  'analyst', 'economist', 'journalist', 'lawyer', 'businessman', 'businesswoman', 'veterinarian', 'poloff',
  'econoff', 'emboff', 'congenoff', 'polcouns', 'amcit', 'permrep', 'treasurer', 'assessor', 'brigadier', 'dg',
  'syg', 'stringer', 'scholar', 'dissident', 'lobbyist', 'expatriate', 'marshal', 'guide', 'pm', 'fm', 'dpm', 'dfm',
  // the post's own officers, the listener a marker may follow (`told PolSpec (protect)`)
  'polspec', 'polmiloff', 'polmilcouns', 'econcouns', 'poleconoff', 'conoff', 'ecoff', 'pao', 'rso', 'dao',
  'emboffs', 'poloffs', 'econoffs', 'conoffs', 'poleconoffs', 'ecoffs',
  // and the host's offices written as one word (`MFA PermSec Sigurdsson`, 08REYKJAVIK199)
  'permsec', 'depsec', 'undersec', 'dirgen', 'secgen', 'depmin', 'vicemin', 'primin', 'formin', 'defmin', 'fonmin',
  'depfonmin', 'intmin', 'finmin',
])

/**
 * Capitalised words that are not names: organisations, offices, places as roles, function
 * words that start sentences, months. The name run stops at them.
 */
const notNames: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'that', 'our', 'his', 'her', 'their', 'its', 'my', 'your', 'and',
  'or', 'but', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'per', 'according', 'after',
  'before', 'during', 'when', 'while', 'if', 'since', 'also', 'both', 'they', 'we',
  'separately', 'meanwhile', 'however', 'summary', 'comment', 'note', 'end', 'subject', 'ref', 'reftel',
  'embassy', 'consulate', 'ministry', 'mfa', 'government', 'university', 'academy', 'institute',
  'foundation', 'council', 'committee', 'party', 'department', 'office', 'unit', 'group', 'team', 'company',
  'corporation', 'corp', 'bank', 'association', 'federation', 'society', 'commission', 'agency', 'bureau',
  'center', 'centre', 'union', 'board', 'court', 'assembly', 'parliament', 'congress', 'senate', 'police',
  'army', 'force', 'forces', 'security', 'policy', 'affairs', 'international', 'national', 'relations',
  'integration', 'political', 'economic', 'social', 'science', 'sciences', 'development', 'public', 'foreign',
  'state', 'province', 'provincial', 'city', 'republic', 'senior', 'former', 'acting', 'special', 'permanent',
  'first', 'second', 'third', 'country', 'regional', 'strategy', 'planning', 'finance', 'health', 'human',
  'rights', 'federal', 'contact', 'contacts', 'source', 'sources', 'official', 'officials', 'victim',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'post', 'embassies', 'mission', 'delegation', 'usdel', 'poloffs', 'econoffs', 'staff', 'staffer', 'aide',
  'ngo', 'division', 'section', 'program', 'programme', 'project', 'fund', 'ltd', 'inc', 'co', 'llc',
  'limited', 'chancellery', 'united', 'states', 'kingdom', 'see', 'holy', 'forum', 'movement', 'front', 'alliance',
  'coalition', 'network', 'initiative', 'organization', 'organisation', 'league',
  // adverbs and prepositions before a name in a list (`ESPECIALLY PM BERLUSCONI`, in capitals)
  'especially', 'particularly', 'including', 'notably', 'namely',
  // verbs, pronouns and conjunctions no one is named by, which text in capitals writes like names
  // (`AND HE HAS RECEIVED PERSONAL ASSISTANCE FROM … CHAVEZ (PROTECT)`, `BEHAVIORS DOES CALDERON`,
  // audit N: `HAS` and `DOES` redacted throughout). Not short words that are name parts too: `He`
  // (seed 002), `Than` (Than Shwe, Kyaw Than), `How`, `Then`, `Is`, `Be`, `Can`, `Will`, `Do`, `Said`, `More`.
  'was', 'were', 'been', 'being', 'has', 'have', 'had', 'having', 'does', 'did', 'should', 'would', 'could',
  'must', 'shall', 'which', 'what', 'whom', 'whose', 'where', 'whether', 'against', 'between', 'through',
  'without', 'within', 'because', 'although', 'unless', 'until',
])

/**
 * Titles and other words of the lists above that are also given names or surnames (`Emir
 * Kusturica`, `Dean Barkley`, `John Major`, `Theresa May`): read as part of the name where they
 * stand at its edge, and then searched like any name word.
 */
const nameLikeTitles: ReadonlySet<string> = new Set([
  'major', 'imam', 'prince', 'king', 'dean', 'emir', 'sultan', 'bishop', 'judge', 'may', 'june', 'april', 'august',
  'lord', 'head', 'court', 'post', 'march', 'stringer', 'mayor', 'sheikh', 'sunday', 'justice', 'sen',
])

/** Of {@link nameLikeTitles}, those often a given name where they open a name (`May Chidiac`, `Prince Johnson`). */
const givenNameTitles: ReadonlySet<string> = new Set(['emir', 'sultan', 'dean', 'may', 'june', 'sunday', 'prince'])

/**
 * An alias right after a marker, in an aside or in the sentence: `(protect) (a.k.a. Abu Rami)`,
 * `(protect), known to his friends as Abu Rami,`, `(protect), also called "the Doctor"`. The
 * alias in capitalised words (a particle inside), up to five.
 */
const aliasAfterMarker =
  /^[ \t\r\n]*(?:[,;][ \t\r\n]*)?(?:\((?:[Aa]\.?[ ]?[Kk]\.?[ ]?[Aa]\.?|[Aa]\/[Kk]\/[Aa]|[Aa]lias|ALIAS|(?:[Aa]lso|ALSO)[ \t\r\n]+(?:known|KNOWN)[ \t\r\n]+(?:as|AS)|(?:[Kk]nown|KNOWN)[ \t\r\n]+(?:as|AS)|[Nn]icknamed|NICKNAMED|[Cc]alled|CALLED)[:,]?[ \t\r\n]+["“]?([^()"“”\r\n]{2,60})["”]?\)|[,;][ \t\r\n]*(?:(?:who|whom)[ \t\r\n]+(?:is|was)[ \t\r\n]+)?(?:(?:(?:also|better|widely|commonly|locally|popularly)[ \t\r\n]+)?(?:(?:known|referred[ \t\r\n]+to)(?:[ \t\r\n]+(?:to|by|among)[ \t\r\n]+[\p{Ll} ]{1,30}?)?[ \t\r\n]+as|a\.k\.a\.?|aka|alias|nicknamed|dubbed)|(?:also|widely|commonly|locally|popularly)[ \t\r\n]+called)[ \t\r\n]+["“‘']?(?:the[ \t\r\n]+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t\r\n]+(?:\p{Lu}[\p{L}\p{M}'’-]*|al|el|bin|ibn|abu|de|la|del|van|von)){0,4}))/u

/** The quote or bracket that closes a nickname inside a name, and those that open it. */
const nicknameOpeners: Readonly<Record<string, readonly string[]>> = {'"': ['"', '“'], '”': ['“', '"'], "'": ["'", '‘'], '’': ['‘', "'"], ')': ['(']}

/** Initials, `St.`, `Mt.`, and given names cut short with a stop (`Mohd.`, `Md.`, `Ma.` for María, `Wm.`). */
const givenAbbreviation = /^(?:\p{Lu}|St|Ste|Mt|Ft|Pt|Md|Mohd|Muhd|Mhd|Moh|Muh|Ma|Wm|Chas|Jas|Jos|Geo|Thos|Benj|Saml|Robt|Edw|Fco)$/u

/** Surnames that are also English function words (Vietnamese `To`, `Do`; Korean `An`, `So`). */
const functionWordSurnames: ReadonlySet<string> = new Set(['To', 'An', 'Do', 'So', 'Lo'])

/** Common Chinese surnames: a two- or three-token name starting with one is surname-first. */
const chineseSurnames: ReadonlySet<string> = new Set([
  'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu',
  'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao',
  'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'yu', 'jiang', 'cai', 'wei', 'ding', 'niu', 'guan',
  'su', 'ye', 'lu', 'du', 'shen', 'fang', 'bai', 'qin', 'jin', 'yan', 'kong', 'mao', 'qiu', 'wen', 'zhong',
])

// ## Tokens

interface Token {
  text: string
  start: number
  end: number
  /** `placeholder` for `XXXXXXXXXXXX`, `[REDACTED]`…; `word` for a word or one punctuation character (checks read its text). */
  kind: 'word' | 'placeholder'
}

/**
 * A word may run on over a line break after its hyphen (`Tomas Jocelyn-` / `Holt (protect)`), and
 * over a Markdown escape before its apostrophe or hyphen (`O\\'Keeffe`).
 */
const tokenPattern = /\[(?:REDACTED|WITHHELD|SOURCE-\d+)\](?:['’]s(?![\p{L}\p{M}\p{N}]))?|[\p{L}\p{M}\p{N}]+(?:(?:\\?['’ʼ\u2010\u2011]|\\?-(?:[ \t]*\r?\n[ \t]*)?)[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu
const hyphenBreak = /-[ \t]*\r?\n[ \t]*/g
/** A Markdown escape inside a word (`O\'Keeffe`, `Abdel\-Karim`), as a rendered cable writes it. */
const wordEscape = /\\(?=['’ʼ\u2010\u2011-])/g
/** A placeholder, possessive too: `[REDACTED]’s (protect) request` names nobody left to redact (10CARACAS163). */
const wholePlaceholder = new RegExp(`^(?:${placeholderPattern.source})(?:['’]s)?$`)

/** Tokenise `text[from, to)`, reading page-continuation lines as white space. */
function tokenize(text: string, from: number, to: number, pageBreaks: readonly Range[]): Token[] {
  let window = text.slice(from, to)
  for (const range of breaksOverlapping(pageBreaks, from, to)) {
    const a = Math.max(range.start, from) - from
    const b = Math.min(range.end, to) - from
    window = window.slice(0, a) + ' '.repeat(b - a) + window.slice(b)
  }
  const tokens: Token[] = []
  for (const match of window.matchAll(tokenPattern)) {
    const value = match[0]
    const start = from + match.index
    const kind = wholePlaceholder.test(value) ? 'placeholder' : 'word'
    // The word as one, without its line break: `Jocelyn-Holt`, searched in its parts and whole.
    const unbroken = value.includes('\n') ? value.replace(hyphenBreak, '-') : value
    tokens.push({text: unbroken.includes('\\') ? unbroken.replace(wordEscape, '') : unbroken, start, end: start + value.length, kind})
  }
  return tokens
}

const lower = (word: string): string => word.toLowerCase() // tokens carry no dots: `Dr.` is `Dr` and `.`
const isTitle = (word: string): boolean => titles.has(lower(word))
/** Whether `word` (no dots) is a title or rank read before a name (`PM`, `Amb`, `Colonel`). */
export const isTitleWord = isTitle
const isStop = (word: string): boolean => notNames.has(lower(word)) || isTitle(word)
const isParticle = isNameParticle
const isUpper = (word: string): boolean => /\p{L}.*\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase()
const isPossessive = (word: string): boolean => /['’]s$/i.test(word)

/** A capitalised name word: `Qing`, `Jocelyn-Holt`, `vonLemden`, `al-Qadhafi`, `O'Brien`. */
function isNameWord(word: string, upperMode: boolean): boolean {
  if (isPossessive(word) || /\p{N}/u.test(word) || isStop(word)) return false
  if (upperMode) return isUpper(word)
  if (isUpper(word)) return false // an acronym in mixed-case text (`FCO`, `UDI`, `GM`)
  if (/^\p{Lu}/u.test(word)) return true
  // Arabic articles assimilated to the next letter and the French elided `d'` join with a hyphen
  // or an apostrophe (`ad-Din`, `as-Siniora`, `d'Estaing`): bare, they are English words.
  return /^(?:(?:von|van|de|al|el|bin|ibn|abu)[-\u2010\u2011]?|(?:ad|an|ar|as|ash|at|az|ud|ul|ur|ed|es|ez)[-\u2010\u2011]|[dl]['’ʼ])\p{Lu}/u.test(word)
}

/**
 * A word in capitals that may be a name word in mixed-case text: no stop word, but for the
 * titles that are also names (`MAJOR` of `JOHN MAJOR`).
 */
function capitalsNameWord(word: string): boolean {
  return isUpper(word) && !/\p{N}/u.test(word) && !isPossessive(word) && (!isStop(word) || nameLikeTitles.has(lower(word)))
}

/** Whether the text before `end` is mostly upper case (telegram style: `BOURDON (PLEASE PROTECT)`). */
function upperContext(text: string, end: number): boolean {
  // Counted by code unit, asking the Unicode patterns only of non-ASCII ones: asked for every
  // marker and every name after one, two global matches a call were a tenth of a redaction.
  let letters = 0
  let lowers = 0
  for (let at = Math.max(0, end - 120); at < end; at++) {
    const code = text.charCodeAt(at)
    if (code < 128) {
      if (code >= 97 && code <= 122) {
        letters++
        lowers++
      } else if (code >= 65 && code <= 90) letters++
    } else if (letterUnit.test(text.charAt(at))) {
      letters++
      if (lowerUnit.test(text.charAt(at))) lowers++
    }
  }
  return lowers < letters / 10 // no letters: not upper case
}

const letterUnit = /\p{L}/u
const lowerUnit = /\p{Ll}/u

interface Run {
  tokens: Token[]
  titles: string[]
  placeholder: boolean
  /** Index of the token before the run (`-1` at the window start). */
  before: number
  /** The run may be no name (a capitals word in mixed-case text): its sentence is withheld too. */
  uncertain?: boolean
  /** Other people the marker may protect (the name before a preposition's object): protected too. */
  others?: Run[]
}

/** Whether a name word ends at `index`, possibly before more lower-case particles (`Maria` in `Maria de la`). */
function nameBeforeParticles(tokens: readonly Token[], index: number, upperMode: boolean): boolean {
  for (let k = index; ; k--) {
    const token = tokens[k]
    if (token?.kind !== 'word') return false
    if (isNameWord(token.text, upperMode)) return true
    // A title that is also a name, between particles and a name (`Mohamed bin Sultan al Khalifa`).
    if (nameLikeTitles.has(lower(token.text)) && /^\p{Lu}/u.test(token.text) && tokens[k - 1]?.kind === 'word' && isParticle(tokens[k - 1]!.text) && nameBeforeParticles(tokens, k - 1, upperMode)) return true
    if (!isParticle(token.text)) return false
  }
}

/**
 * Whether a title that is also a name, alone right before a marker, opens its sentence or
 * follows a lower-case word other than an article or an owner, or, as the subject of a verb of
 * speech, a comma: then it is a surname (`said. King (protect) said`, `told Sen (protect)`,
 * `Report, King said (protect)`; not `the King`, `our Major`, `Rami Khouri, Dean (protect)`).
 */
function loneNameLikeTitle(tokens: readonly Token[], index: number, upperMode: boolean, subject: boolean): boolean {
  const word = tokens[index]!.text
  if (upperMode ? !isUpper(word) : !/^\p{Lu}\p{Ll}/u.test(word)) return false
  const previous = tokens[index - 1]
  if (previous === undefined) return true
  if (previous.kind !== 'word') return false
  // `Sen` after a title is a surname (`High Commissioner Sen (protect)`, 03COLOMBO189): the
  // senator's abbreviation stands alone before a name, not after another office.
  if (lower(word) === 'sen' && isTitle(previous.text)) return true
  // After a comma it is an office set off, unless a verb of speech follows (`Report, King said`).
  if (!/^[\p{L}\p{N}]/u.test(previous.text)) return /^[.!?:;"“”]$/u.test(previous.text) || (subject && previous.text === ',')
  return /^\p{Ll}/u.test(previous.text) && !officeOpeners.has(previous.text)
}

/** Words that make the title after them an office (`the King`, `our Major`). */
const officeOpeners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'his', 'her', 'their', 'its', 'my', 'your', 'this', 'that', 'former', 'new', 'late', 'then'])

/** The last letter of `U.S.`, `U.K.`, `U.N.`, `E.U.` with what is before it. */

/** Read the name run ending at token index `index`, backwards. */
function readRun(tokens: readonly Token[], index: number, text: string, subject = false): Run {
  const run: Token[] = []
  const found: string[] = []
  let uncertain = false
  let i = index
  const first = tokens[i]
  if (first?.kind === 'placeholder') return {tokens: [], titles: [], placeholder: true, before: i - 1}
  const upperMode = first?.kind === 'word' && isUpper(first.text) && upperContext(text, first.start)
  // `Italian Ambassador Luigi Maccotta’s (protect)`: the possessive ends the name.
  if (first?.kind === 'word' && isPossessive(first.text)) {
    const bare = first.text.slice(0, -2)
    if (isNameWord(bare, upperMode)) {
      run.push({...first, text: bare, end: first.end - 2})
      i--
    }
  }
  // The same possessive in the State systems' garble, a comma for the apostrophe (`FORMER PM
  // ODDSSON,S (PROTECT) RETIREMENT`, audit M: read as `ODDSSON, S`, a surname and a given name, the
  // body's `David Oddsson` kept `David`): the name ends before the comma.
  const comma = tokens[i - 1]
  const owner = tokens[i - 2]
  if (first?.kind === 'word' && (first.text === 's' || first.text === 'S') && comma?.text === ',' && comma.end === first.start && owner?.kind === 'word' && owner.end === comma.start && isNameWord(owner.text, isUpper(owner.text))) {
    run.push(owner)
    i -= 3
  }
  // Initials after the surname, as Russian and Ukrainian names are written (`Petrenko V.D.
  // (protect)`): in the name's span; a letter is never searched alone.
  if (first?.text === '.' && upperMode === false) {
    let k = i
    const initials: Token[] = []
    while (initials.length < 3 && tokens[k]?.text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '')) {
      initials.unshift(tokens[k - 1]!)
      k -= 2
    }
    const surname = tokens[k]
    if (initials.length > 0 && surname?.kind === 'word' && surname.text.length > 1 && isNameWord(surname.text, false)) {
      for (const initial of initials) run.push(initial)
      i = k
    }
  }
  // Up to five words: Arabic names run to five (`Ahmed Mohammed Ali Hassan Saleh`); more would
  // take an organisation's words before a name (`TV Azteca Northeast Luis Padua`, 07MONTERREY527).
  while (run.filter((token) => !isParticle(token.text)).length < 5) {
    const token = tokens[i] // undefined before the window start
    if (token === undefined || token.kind !== 'word') break
    // An office's abbreviation with a slash is no initial (`A/S Shannon`, `DAS/WHA`).
    if (tokens[i - 1]?.text === '/' && /^\p{Lu}{1,3}$/u.test(token.text)) break
    // Initials inside or opening the name (`Rami G. Khouri`, `Rami G. H. Khouri`, `A.K. Singh`),
    // `St.` (`Marc St. Pierre`) and a given name cut short (`Mohd. Yusof`, `Md. Rafiqul Islam`,
    // `Ma. Cristina Reyes`): the words before them are the person's too.
    const initial = tokens[i - 1]
    // Not a country's or a body's initials ending the sentence before (`visit to the U.S. Carvalho
    // (protect) noted`, 07BRASILIA396), nor a reference's letter (`reported in ref A. Khouri`).
    if (run.length > 0 && token.text === '.' && initial?.kind === 'word' && givenAbbreviation.test(initial.text) && !(text.charAt(initial.start - 1) === '.' && isPlaceInitials(text.charAt(initial.start - 2) + initial.text)) && !isReferenceLetterAt(text, initial.start)) {
      run.unshift(initial)
      i -= 2
      continue
    }
    // A nickname in quotes or brackets inside the name (`Mohammed "Abu Ali" Hassan (protect)`,
    // `Mahmoud 'Abu Ali' Hamdan`, `Mahmoud (Abu Ali) Hamdan`, `Rafiq "the Engineer" Jabr`).
    const openers = run.length > 0 ? nicknameOpeners[token.text] : undefined
    if (openers !== undefined) {
      // A quote doubled as a CSV row escapes it (`Farid ""Abu Sami"" Nasrallah`), or after a backslash.
      const inner = tokens[i - 1]?.text === token.text || tokens[i - 1]?.text === '\\' ? i - 1 : i
      let open = inner - 1
      // Any capitalised word in the quotes (`the Engineer`, `the Doctor`: titles elsewhere).
      const nicknameWord = (word: string): boolean => /^\p{Lu}/u.test(word) && !/\p{N}/u.test(word)
      while (open > inner - 6 && tokens[open]?.kind === 'word' && (nicknameWord(tokens[open]!.text) || isParticle(tokens[open]!.text) || (lower(tokens[open]!.text) === 'the' && openers.includes(tokens[open - 1]?.text ?? '')))) open--
      // In brackets, two words at least (`(Abu Ali)`): one is an office's branch (`First Secretary (Political)`).
      const bracketed = token.text === ')'
      if (open < inner - 1 && openers.includes(tokens[open]?.text ?? '') && nicknameWord(tokens[inner - 1]!.text) && (!bracketed || inner - 1 - open >= 2)) {
        for (let k = inner - 1; k > open; k--) if (lower(tokens[k]!.text) !== 'the') run.unshift(tokens[k]!)
        i = open - 1
        if (tokens[i]?.text === tokens[open]!.text || tokens[i]?.text === '\\') i--
        continue
      }
    }
    // A title that is also a name (`John Major`, `Theresa May`, `Erik Prince`) right before the
    // marker, after a name word: read as the surname, and the sentence withheld too (`uncertain`).
    // Alone, it is read so where no article or owner makes it an office (`King (protect) said`,
    // `Sen (protect)`; not `the King (protect)`, `our Major (protect)`).
    if (run.length === 0 && i === index && nameLikeTitles.has(token.text.toLowerCase()) && (isNameWord(tokens[i - 1]?.text ?? '', upperMode) || loneNameLikeTitle(tokens, i, upperMode, subject))) {
      run.unshift(token)
      uncertain = true
      i--
      continue
    }
    // Any title after a particle after a name word is a family name: no office follows a
    // particle (`Mohamed El Mullah, Egyptian MFA Cabinet Advisor … (protect)`, 09CAIRO2195).
    if (/^\p{Lu}/u.test(token.text) && isTitle(token.text) && isParticle(tokens[i - 1]?.text ?? '') && isNameWord(tokens[i - 2]?.text ?? '', upperMode)) {
      run.unshift(token)
      i--
      continue
    }
    // Or inside the name, between two name words (`Federico Mayor Zaragoza`).
    // Or after particles (`Mohamed bin Sultan al Khalifa`, 09MANAMA651).
    if (run.length > 0 && nameLikeTitles.has(token.text.toLowerCase()) && /^\p{Lu}/u.test(token.text) && nameBeforeParticles(tokens, i - 1, upperMode)) {
      run.unshift(token)
      i--
      continue
    }
    if (isNameWord(token.text, upperMode)) {
      run.unshift(token)
      i--
      continue
    }
    // A lower-case particle inside the name (`Gomez de Olea`, `Ana Maria de la Cruz`). The name
    // word before it is read next, so a name never opens with a lower-case one (`De Gooijer`
    // opens with a capitalised one).
    if (run.length > 0 && isParticle(token.text) && nameBeforeParticles(tokens, i - 1, upperMode)) {
      run.unshift(token)
      i--
      continue
    }
    // More words in capitals before a surname in capitals read at the marker (`JOHN MAJOR`,
    // `MOHAMMED ALI KHOURI (protect)` in mixed-case text): the whole name as the post wrote it.
    if (!upperMode && uncertain && run.every((word) => isUpper(word.text)) && capitalsNameWord(token.text)) {
      run.unshift(token)
      i--
      continue
    }
    // A nickname or initials in capitals opening the name (`ACM Neto (protect)`, 07BRASILIA598),
    // or the surname in capitals before one given name (`DUPONTEL Pierre (protect)`, as French
    // and Vietnamese posts write it): in mixed-case text a word in capitals is usually an
    // organisation's acronym, but one standing right before the person's name, with no title
    // between, is taken as part of it. Fail closed: at worst an acronym is redacted too. A long
    // one before a name of two words or more stays an acronym (`UNESCO Xavier Quorn`).
    if (!upperMode && run.length > 0 && isUpper(token.text) && (run.length === 1 ? /^\p{Lu}[\p{Lu}'’-]+$/u : /^\p{Lu}{2,5}$/u).test(token.text) && !isStop(token.text)) {
      run.unshift(token)
      i--
      break
    }
    // A surname in capitals right before the marker in mixed-case text, as many posts write it
    // (`Pierre DUPONT (please protect)`, `Ahmed KHOURI`, `AHMED KHOURI`): it may be an
    // organisation's acronym (`UNHCR (protect)`) or the name. Read as the name, its other
    // mentions are redacted; the caller withholds the marker's sentence too (`uncertain`), as
    // for a marker that names nobody. Read as an acronym only, the surname's mentions were released.
    if (!upperMode && run.length === 0 && i === index && /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(token.text) && capitalsNameWord(token.text)) {
      run.unshift(token)
      uncertain = true
      i--
      continue
    }
    break
  }
  // A surname that is also an English function word opening the name mid-sentence (`met To Van
  // Minh`, `An Jung-geun`): capitalised after a lower-case word, it is no preposition or article.
  const opening = tokens[i]
  if (!upperMode && run.length > 0 && opening?.kind === 'word' && /^\p{Lu}\p{Ll}$/u.test(opening.text) && functionWordSurnames.has(opening.text) && tokens[i - 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i - 1]!.text)) {
    run.unshift(opening)
    i--
  }
  // A title that is also a given name opening the name (`Emir Kusturica`, `Dean Barkley`,
  // `Sultan Al Jaber`): it may be the person's name, so it is searched as one (fail closed).
  if (run.length > 0 && tokens[i]?.kind === 'word' && givenNameTitles.has(tokens[i]!.text.toLowerCase()) && (upperMode ? isUpper(tokens[i]!.text) : /^\p{Lu}/u.test(tokens[i]!.text))) {
    run.unshift(tokens[i]!)
    i--
  }
  // Titles right before the name (`Vice Governor`, `Dr.`), for the record.
  let j = i
  for (;;) {
    const token = tokens[j] // undefined before the window start
    if (token === undefined) break
    const previous = tokens[j - 1]
    if (token.text === '.' && previous?.kind === 'word' && isTitle(previous.text)) {
      j--
      continue
    }
    if (!isTitle(token.text)) break
    found.unshift(lower(token.text))
    j--
  }
  return {tokens: run, titles: found.length > 0 ? [found.join(' ')] : [], placeholder: false, before: i, uncertain}
}

/** Skip back over commas and balanced parenthetical asides right before the marker. */
function skipAsides(tokens: readonly Token[], index: number): number {
  let i = index
  for (;;) {
    const token = tokens[i]
    if (token === undefined) return i
    if (token.text === ',') {
      i--
      continue
    }
    // A degree of letters and dots or in capitals after a comma (`, J.D.`, `, M.A.`, `, PhD`, `, MBA`).
    const degree = degreeBefore(tokens, i)
    if (degree !== i) {
      i = degree
      continue
    }
    // A degree or generation after the name (`Dr. Samir Haddad, Ph.D. (protect)`, `Jr.`, `III`).
    const suffixEnd = i
    while (tokens[i] !== undefined && (tokens[i]!.text === '.' || nameSuffixes.has(tokens[i]!.text.toLowerCase()))) i--
    if (i < suffixEnd && isNameSuffix(tokens.slice(i + 1, suffixEnd + 1))) continue
    i = suffixEnd
    // An age between commas (`Ahmed Khouri, 45, (protect)`): the name is before it.
    if (/^\d{1,3}$/.test(token.text) && tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',') {
      i -= 2
      continue
    }
    if (token.text === ')') {
      let depth = 0
      let j = i
      for (; i - j < 40; j--) {
        const inner = tokens[j] // undefined before the window start: the aside is not closed
        if (inner?.text === ')') depth++
        else if (inner?.text === '(') depth--
        if (depth === 0) break
      }
      if (depth !== 0) return i
      i = j - 1
      continue
    }
    return i
  }
}

/** Degrees written in one word after a name's comma (`, PhD`, `, MBA`), lower case. */
const degreeWords: ReadonlySet<string> = new Set(['phd', 'mba', 'jd', 'ma', 'ms', 'msc', 'bsc', 'ba', 'bs', 'llm', 'llb', 'mpa', 'mph', 'dds', 'dphil', 'edd'])

/**
 * Where a degree after a comma ends the tokens up to `index` (`Rami Khouri, J.D. (protect)`): the
 * index of that comma's token before it, or `index` when there is none. Letters and dots (at most
 * four letters, one or two to a part: `J.D.`, `M.A.`, `LL.M.`) or one degree word.
 */
function degreeBefore(tokens: readonly Token[], index: number): number {
  let i = index
  let letters = 0
  let parts = 0
  while (tokens[i] !== undefined) {
    const text = tokens[i]!.text
    if (text === '.') i--
    else if (/^\p{L}{1,2}$/u.test(text) && letters + text.length <= 4) {
      letters += text.length
      parts++
      i--
    } else break
  }
  const dotted = parts >= 2 && tokens[index]?.text === '.'
  if (dotted && tokens[i]?.text === ',') return i - 1
  if (tokens[index] !== undefined && degreeWords.has(tokens[index]!.text.toLowerCase()) && tokens[index - 1]?.text === ',') return index - 2
  return index
}

/** Degrees and generations written after a name, their dots apart (`Ph.D.` is `Ph`, `.`, `D`, `.`). */
const nameSuffixes: ReadonlySet<string> = new Set(['ph', 'd', 'md', 'm', 'jr', 'sr', 'esq', 'ii', 'iii', 'iv'])

/**
 * Whether `parts` (words of `nameSuffixes` and dots) are a degree or a generation: `Ph.D.`, `M.D.`,
 * `Jr.`, not a letter alone, which is an initial (`Petrenko V.D. (protect)`: `D.` is Petrenko's).
 */
function isNameSuffix(parts: readonly Token[]): boolean {
  const letters = parts.filter((part) => part.text !== '.').map((part) => part.text.toLowerCase())
  return letters.length > 0 && (letters.join('') === 'md' || letters.some((letter) => letter.length > 1))
}

/**
 * Lower-case words that can open an apposition: `, a UK citizen`, `, who …`. Titles open one
 * too (`, director of …`): `opensApposition` asks `isTitle`, so they are not repeated here.
 */
const appositionOpeners: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'whose', 'scion', 'owner', 'expert', 'official', 'rep',
  'former',
])

const sentenceStops: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':'])

function opensApposition(token: Token | undefined): boolean {
  if (token === undefined) return false
  if (token.kind === 'placeholder') return true
  if (/^\p{Lu}/u.test(token.text) || isPossessive(token.text)) return true
  // `ex-Executive Manager of E&P of Petrobras` (08RIODEJANEIRO19, audit M), `then-Manager`,
  // `one-time Executive Manager` (probe 21): a former office.
  return appositionOpeners.has(token.text.toLowerCase()) || isTitle(token.text) || /^(?:ex|then)[-\u2010\u2011]\p{L}/iu.test(token.text) || /^one[-\u2010\u2011]time$/i.test(token.text)
}

/**
 * Whether tokens `from`…`to` hold a clause of their own: a capitalised word and, past an adverb or
 * two, a verb in the past tense or of speech (`Reflecting on his visit to Haiti, Bielsa said the
 * situation was very complex (protect)`: Haiti was read as the person, Bielsa released;
 * `Afghanistan and Pakistan, Charge d'Affaires Lisa Kubiske previewed U.S. strategy with … Roberto
 * Jaguaribe (strictly protect)`, 09BRASILIA1401 in audit H: Pakistan was read as the person, and
 * Afghanistan redacted throughout). A description puts its verb after `who` or a noun (`a lawyer
 * who defended`, `a journalist based in`).
 */
function holdsClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const subject = tokens[at]!
    if (subject.kind !== 'word' || !/^\p{Lu}/u.test(subject.text) || isTitle(subject.text)) continue
    let next = at + 1
    for (let adverbs = 0; adverbs < 2 && tokens[next]?.kind === 'word' && isAdverb(tokens[next]!.text); adverbs++) next++
    const verb = tokens[next]
    if (verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && (pastTenseVerb.test(verb.text) || irregularPastVerbs.has(verb.text) || isReportingVerb(verb.text))) return true
  }
  return false
}

/**
 * Find the name before an apposition: walk back from `index` over `, <apposition>` and
 * `<head> of …` until a name run or a placeholder stands right before the separator.
 */
function readApposition(tokens: readonly Token[], index: number, text: string, acrossOf = true, words?: TextWords): Run | undefined {
  for (let k = index; index - k < 60; k--) {
    const token = tokens[k] // undefined before the window start
    if (token === undefined) break
    if (stopsSentence(tokens, k)) break
    if (![',', '-', '–', '—'].includes(token.text) && !(acrossOf && token.text === 'of')) continue
    if (token.text !== 'of' && !opensApposition(tokens[k + 1])) break
    // A clause of its own after the comma (`…Haiti, Bielsa said …`) is the sentence's main clause,
    // no apposition. The marker then names nobody, and the sentence's names are its candidates.
    if (token.text !== 'of' && holdsClause(tokens, k + 1, index)) break
    let before = k - 1
    while (tokens[before]?.text === '-' || tokens[before]?.text === '—') before--
    const run = readRun(tokens, before, text)
    // `Rami Khouri, Dean of Law, Damascus University (protect)`: one word the text writes in lower
    // case (`martial law`) is a field or a thing, and the name is further back; so are the words
    // after a title and `of` (`Dean of Law`, `Director of Media Studies`).
    if (run.tokens.length === 1 && words?.writtenInLowerCase(run.tokens[0]!.text) === true) continue
    // An aside between commas (`SIPHO SEEPE, FOR EXAMPLE, A POLITICAL ANALYST … (STRICTLY PROTECT)`,
    // 01PRETORIA1173 in audit J, where only EXAMPLE was redacted): the name is further back.
    if (run.tokens.length === 1 && asideWords.has(run.tokens[0]!.text.toLowerCase())) continue
    // `a director of the Gas Authority of India Ltd.`, `of the Aleppo Chamber of Commerce`: after `the`, a body.
    if (run.tokens.length > 0 && tokens[run.before]?.text.toLowerCase() === 'the') continue
    if (words !== undefined && run.tokens.length > 0 && tokens[run.before]?.text === 'of' && isTitle(tokens[run.before - 1]?.text ?? '')) continue
    if (run.placeholder || run.tokens.length > 0) return run
  }
  return undefined
}

/** The last word of an aside set off by commas (`for example`, `for instance`, `however`, `in particular`). */
const asideWords: ReadonlySet<string> = new Set(['example', 'instance', 'however', 'particular', 'moreover', 'meanwhile', 'furthermore', 'nevertheless', 'indeed', 'though'])

/**
 * Words whose dot does not end a sentence, in any case (`Dr.`, `Ltd.`, `Mt.`, `Feb.`, `approx.`, the
 * parts of `i.e.` and `e.g.`), and any one capital letter (`James A. Boughner`, `U.S.`).
 */
const abbreviationWords: ReadonlySet<string> = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'mme', 'gen', 'col', 'amb', 'no', 'sen', 'rep', 'gov', 'jr', 'sr', 'ltd', 'co',
  'corp', 'inc', 'dept', 'univ', 'lt', 'maj', 'brig', 'capt', 'cmdr', 'adm', 'sgt', 'mt', 'ft', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'ca', 'cf', 'vs', 'e', 'i', 'g',
])

/** Whether a dot after `word` (its letters alone) is an abbreviation's or an initial's. */
function isAbbreviation(word: string): boolean {
  return abbreviationWords.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)
}

/** Whether token `k` ends a sentence: a stop, but not the dot of an abbreviation or an initial (`Ltd.`, `Mt.`, `U.S.`). */
function stopsSentence(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  if (!sentenceStops.has(token.text)) return false
  if (token.text !== '.') return true
  const word = tokens[k - 1]
  return !(word?.kind === 'word' && isAbbreviation(word.text))
}

/** Whether a sentence ends right before `offset` (`offset` is white space after `.`, `!` or `?`). */
function endsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 12), offset)
  if (!/[.!?]["”’)]?$/.test(before)) return false
  return !(before.endsWith('.') && isAbbreviation(lastWordOf(before.slice(0, -1))))
}

/** Whether the line that ends at `offset` (a line break) is blank. */
function blankLineBefore(text: string, offset: number): boolean {
  return /\n[ \t\r]*$/.test(text.slice(Math.max(0, offset - 40), offset))
}

/** Whether a sentence ends at `offset` looking back: after `.`/`!`/`?` and white space, or a blank line. */
function startsSentenceAt(text: string, offset: number): boolean {
  const previous = text.charAt(offset - 1)
  if (previous === '\n' && blankLineBefore(text, offset - 1)) return true
  return /\s/.test(previous) && endsSentence(text, offset - 1)
}

/** Whether a sentence ends at `offset` looking on: at a blank line, or white space after `.`/`!`/`?`. */
function endsSentenceAt(text: string, offset: number): boolean {
  if (/^\r?\n[ \t\r]*\n/.test(text.slice(offset, offset + 40))) return true
  return /\s/.test(text.charAt(offset)) && endsSentence(text, offset)
}

/** A walk over offsets that found no sentence boundary from `from` until it stopped at `to`, within `bound`. */
interface Walk {
  bound: number
  from: number
  to: number
}

/**
 * Sentences of one text, each boundary search remembering where the last one went. Markers in
 * one long sentence each walked it whole: 2,200 nameless markers in 100 KB with no full stop
 * took 15 s, and 400 KB 240 s. Whether an offset ends a sentence depends on the text alone, so
 * a walk that reaches ground the last walk crossed (with the same bound) stops where it stopped.
 */
export class SentenceReader {
  private back: Walk | undefined
  private on: Walk | undefined

  constructor(readonly text: string) {}

  /** The sentence around `[start, end)`, bounded by `bounds`; from its first to last non-space character. */
  around(start: number, end: number, bounds: Range): Range {
    return trimRange(this.text, this.startBefore(start, bounds.start), this.endAfter(end, bounds.end))
  }

  private startBefore(start: number, bound: number): number {
    const last = this.back
    const known = last !== undefined && last.bound === bound ? last : undefined
    let from = start
    while (from > bound) {
      if (known !== undefined && from <= known.from && from >= known.to) {
        this.back = {bound, from: Math.max(start, known.from), to: known.to}
        return known.to
      }
      if (startsSentenceAt(this.text, from)) break
      from--
    }
    this.back = {bound, from: start, to: from}
    return from
  }

  private endAfter(end: number, bound: number): number {
    const last = this.on
    const known = last !== undefined && last.bound === bound ? last : undefined
    let to = end
    while (to < bound) {
      if (known !== undefined && to >= known.from && to <= known.to) {
        this.on = {bound, from: Math.min(end, known.from), to: known.to}
        return known.to
      }
      if (endsSentenceAt(this.text, to)) break
      to++
    }
    this.on = {bound, from: end, to}
    return to
  }
}

/** The sentence around `[start, end)`, bounded by `bounds`; from its first to last non-space character. */
export function sentenceAround(text: string, start: number, end: number, bounds: Range): Range {
  return new SentenceReader(text).around(start, end, bounds)
}

/**
 * The sentence a nameless marker protects. A marker that opens its sentence
 * (`… independent decisions." (PROTECT)`) protects the sentence before it, so both go.
 */
function protectedSentence(sentences: SentenceReader, text: string, site: MarkerSite): Range {
  const start = site.marker.position.start.offset
  const bounds = contextOf(text, site)
  const sentence = sentences.around(start, site.marker.position.end.offset, bounds)
  let previous = start
  while (previous > bounds.start && /\s/.test(text.charAt(previous - 1))) previous--
  if (previous <= bounds.start) return sentence
  const before = sentences.around(previous - 1, previous, bounds)
  return {start: Math.min(before.start, sentence.start), end: sentence.end}
}

/**
 * A name in brackets right before a marker at `markerStart` (`(John Smith) (protect)`): its range,
 * past an alias's words and quotes (`(aka "Jack Black")`). Two words or more, each a name word, a
 * particle or a title (`(Don Berna)`, `(El Chino)`), and one a name word (two beside a title); not
 * all words the text writes in lower case, nor a place (`(Foreign Ministry)`, `(Prime Minister)`,
 * `(South Africa)` are no names).
 */
function bracketedNameBefore(text: string, markerStart: number, words: TextWords): (Range & {explicit: boolean}) | undefined {
  let close = markerStart - 1
  while (close >= 0 && isSpace(text.charCodeAt(close))) close--
  if (text.charCodeAt(close) !== 41) return undefined
  let open = close - 1
  while (open >= 0 && close - open <= 80 && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41) open--
  if (text.charCodeAt(open) !== 40) return undefined
  const inner = text.slice(open + 1, close)
  const lead = /^\s*(?:(?:a\.?\s?k\.?\s?a\.?|a\/k\/a|alias|also\s+known\s+as|known\s+as)[:,]?\s+)?["“'‘]?/i.exec(inner)![0]
  // An alias's word or a quote before the name says it is one.
  const quoted = lead.trim().length > 0
  let bodyEnd = inner.length
  while (bodyEnd > lead.length && /["”'’\s]/.test(inner.charAt(bodyEnd - 1))) bodyEnd--
  const body = inner.slice(lead.length, bodyEnd)
  const parts = body.split(/\s+/).filter(Boolean)
  if (parts.length === 0 || parts.length > 5) return undefined
  const upper = parts.every((part) => isUpper(part))
  // Titles that are names too (`(Martin King)`, `(Anne May)`) count as name words here.
  const nameLike = (part: string): boolean => nameLikeTitles.has(lower(part))
  const nameWords = parts.filter((part) => !isParticle(part) && (!isStop(part) || nameLike(part)))
  if (nameWords.length === 0 || (!quoted && parts.length < 2)) return undefined
  // An office's name is no person's: `(Prime Minister)` names one name word beside a title.
  if (nameWords.length < 2 && nameWords.length < parts.filter((part) => !isParticle(part)).length) return undefined
  for (const part of parts) {
    if (isParticle(part) || (isTitle(part) && !nameLike(part))) continue
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(part) || (isStop(part) && !nameLike(part))) return undefined
    if (!upper && !quoted && isUpper(part)) return undefined // an acronym: a body's (`(PSDB Party)`)
  }
  // Words the text also writes in lower case are a thing's (`(Little Hope)`), unless one is not:
  // `(Peter Young)` beside `young voters` is a person (probe 21).
  if (nameWords.every((part) => words.writtenInLowerCase(part))) return undefined
  if (isPlaceName(nameWords)) return undefined
  const start = open + 1 + lead.length
  return {start, end: start + body.length, explicit: quoted}
}

/** An aside of aliases in quotes: `(aka "Jack Black" and "Big Ali")`. */
const aliasesAside = /\((?:[Aa]\.?[ ]?[Kk]\.?[ ]?[Aa]\.?|[Aa]lias|ALIAS|(?:[Aa]lso[ \t]+)?[Kk]nown[ \t]+as|(?:ALSO[ \t]+)?KNOWN[ \t]+AS)[:,]?[ \t]+(["“][^()]{1,120})\)/

/** An alias right after a mention of a name: `(AKA "Jack Black")`, `, alias Abu Ali`, ` is also known as "Jack Black"`. */
const laterAlias =
  /^(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*|[ \t]+(?:is|was|IS|WAS)[ \t]+)(?:(?:also|ALSO)[ \t]+)?(?:[Aa]\.?[Kk]\.?[Aa]\.?|[Aa]lias|ALIAS|(?:known|KNOWN)[ \t]+(?:as|AS))[:,]?[ \t]+["“']?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|al|el|bin|ibn|abu|de|la|del)){0,4})/u

/** An alias after a comma, in any case, between a name and its marker: `, AKA "Jack Black" `, `, alias Abu Ali `. */
const aliasSetOff = /^[ \t\r\n]*,[ \t\r\n]*(?:[Aa]\.?[Kk]\.?[Aa]\.?|[Aa]\/[Kk]\/[Aa]|[Aa]lias|ALIAS|(?:[Aa]lso|ALSO)[ \t]+(?:known|KNOWN)[ \t]+(?:as|AS)|(?:[Kk]nown|KNOWN)[ \t]+(?:as|AS))[:,]?[ \t\r\n]+["“'‘]?(\p{Lu}[^"“”'‘’()\r\n,]{1,59})["”'’]?[ \t\r\n]*$/u

/** The context range for a marker: its container, or the text between blank lines around it. */
function contextOf(text: string, site: MarkerSite): Range {
  if (site.container !== undefined) return site.container
  const start = site.marker.position.start.offset
  const end = site.marker.position.end.offset
  const before = text.slice(Math.max(0, start - 600), start)
  const blank = [...before.matchAll(/\n[ \t\r]*\n/g)].at(-1)
  const from = blank === undefined ? Math.max(0, start - 600) : Math.max(0, start - 600) + blank.index + blank[0].length
  const after = text.slice(end, end + 600).search(/\n[ \t\r]*\n/)
  return {start: from, end: after === -1 ? Math.min(text.length, end + 600) : end + after}
}

/** Resolve one marker to a name run, a placeholder, or nothing nameable. */
function resolveMarker(text: string, site: MarkerSite, pageBreaks: readonly Range[], words: TextWords): Run | undefined {
  const {marker} = site
  // `(XXXXXXXXXXXX -- strictly protect)`, `(per XXXXXXXXXXXXX, STRICTLY PROTECT)`: the name was inside, and is gone.
  if (placeholderPattern.test(marker.raw)) return {tokens: [], titles: [], placeholder: true, before: -1}
  const context = contextOf(text, site)
  const markerStart = marker.position.start.offset
  // After a closing quote the words before the marker are the quotation's: the speaker named
  // right after it is the person (`"… unless Yushchenko goes crazy." (please protect) Medvedev said`,
  // 09MOSCOW3051: Yushchenko was taken, Medvedev released 17 times).
  if (/["”]\s*$/.test(text.slice(Math.max(0, markerStart - 3), markerStart))) {
    const speaker = speakerAfter(text, marker.position.end.offset, pageBreaks)
    if (speaker !== undefined) return speaker
  }
  const from = Math.max(context.start, markerStart - 400)
  const tokens = tokenize(text, from, markerStart, pageBreaks)
  const last = skipAsides(tokens, tokens.length - 1)
  // A verb of speech right after the marker makes the words before it its subject (`Report, King
  // (protect) said`).
  let direct = readRun(tokens, last, text, speechVerbAfter(text, marker.position.end.offset))
  if (direct.placeholder) return direct
  // In capitals an alias's `A.K.A.` or `AKA` reads as initials or a name word (`MOHAMMED YUSUF,
  // A.K.A. ABU QAQA (PROTECT)`, probe 21: read as `A K A ABU QAQA`, the name before released):
  // the run is the alias, and the name before it is found below as for `aka` in mixed case.
  // Only with a name before it: `met A. K. A. Singh (protect)` holds initials.
  const aka = aliasLeadLength(direct.tokens)
  if (aka > 0 && direct.tokens.length > aka) {
    const alias = {...direct, tokens: direct.tokens.slice(aka), before: tokens.indexOf(direct.tokens[aka]!) - 1}
    const named = nameBeforeAlias(tokens, alias.before)
    if (named !== undefined && readRun(tokens, named, text).tokens.length > 0) direct = alias
  }
  // In capitals every word reads as a name word, the verb of speech too: `TSVANGIRAI PROFESSED
  // (PROTECT)` (00HARARE6677) was read as one name, which released `MORGAN TSVANGIRAI` and
  // redacted every `SAID` of a `TSVANGIRAI SAID (PROTECT)` cable. The speaker is the name (`SAID`
  // as a surname before a marker in capitals would be lost to this; the verb is far more common).
  const verb = direct.tokens.at(-1)
  if (verb !== undefined && isReportingVerb(verb.text.toLowerCase()) && direct.tokens.every((token) => isUpper(token.text))) {
    // A pronoun before the verb (`HE SAID (PROTECT)`) names nobody: read as a marker without a name.
    direct = readSpeaker(tokens, last, text) ?? {tokens: [], titles: [], placeholder: false, before: last}
  }
  // `Later Kassem (protect)`: a capitalised adverb opening the sentence is no given name. Only
  // the listed adverbs: a word the text also writes in lower case may be the name (`He Ye`, seed 002).
  const opener = direct.tokens[0]
  const beforeRun = tokens[direct.before]
  if (direct.tokens.length >= 2 && opener !== undefined && (beforeRun === undefined || sentenceStops.has(beforeRun.text) || beforeRun.text === ')') && sentenceAdverbs.has(lower(opener.text))) {
    direct = {...direct, tokens: direct.tokens.slice(1), before: direct.before + 1}
  }
  // The speaker first: in `with Brazil, Reich said (protect)` and `Nevertheless, Vedrine said
  // (protect)` the words before the comma are no name that `Reich said` describes.
  if (direct.tokens.length === 0) return readSpeaker(tokens, last, text) ?? readTeller(tokens, last, text) ?? readApposition(tokens, last, text, true, words) ?? readBeforeDash(tokens, last, text)
  const word = tokens[direct.before]?.text.toLowerCase()
  // `KHOURI IN DAMASCUS (protect)`, in capitals in mixed-case text: the words at the marker may be
  // a place, the person named before the preposition. Both are protected (fail closed).
  if (direct.uncertain === true && direct.tokens.every((token) => isUpper(token.text)) && word !== undefined && (placePrepositions.has(word) || word === 'in' || word === 'of' || word === 'for') && isUpper(tokens[direct.before]!.text)) {
    const before = readRun(tokens, direct.before - 1, text)
    if (before.tokens.length > 0 && !before.placeholder) return {...direct, others: [before]}
  }
  // `director of Amnesty (protect)`, `Xavier Quorn of Amnesty (protect)`: a capitalised object of
  // `of`/`for` may be no person, the name before `of` or before the apposition the person. Either
  // may be, and both are protected, as are two name words or more after `the` (`Laura Chinchilla,
  // Minister of the Presidency Rodrigo Arias (protect)`, 06SANJOSE1059). After `in` they are a
  // place (`in New Delhi`). After a title's `for`, two name words or more at the marker are the
  // office holder's, not an apposition's object (`Ambassador Rice, UN Special Representative for
  // Somalia Ould-Abdallah (protect)`, 10USUNNEWYORK27 in audit J: Rice was taken as the person,
  // and the later `Ahmedou Ould-Abdallah` kept its given name), and the first is the office's
  // object (`Under Secretary for Asia Roberto Jaguaribe (strictly protect)`, 09BRASILIA1401 in
  // audit H: Asia was redacted). Of two, the holder is the second word, which gets the given names
  // written before it elsewhere; the first is protected too, as a candidate. One word is the
  // apposition's (`Hossam Bahgat, spokesman for Amnesty (protect)`). So with a post's `in` or `to`
  // (`former Indian High Commissioner in Pakistan Gopalaswamy Parthasarathy (protect)`, audit K:
  // Pakistan was redacted 24 times): there the holder is named after the place, whose words the
  // cable writes often (a place of several words, `in New Delhi`), and no one is named before.
  const titlePost = word === 'in' || word === 'to'
  const titleFor = (word === 'for' || titlePost) && direct.tokens.length >= 2 && isTitle(tokens[direct.before - 1]?.text ?? '')
  if (titleFor) {
    let place = 1
    while (titlePost && place < direct.tokens.length - 1 && words.count(direct.tokens[place]!.text) >= frequentWord) place++
    const holder = {...direct, tokens: direct.tokens.slice(place), before: direct.before + place}
    if (direct.tokens.length === 2 && !(titlePost && words.count(direct.tokens[0]!.text) >= frequentWord)) return {...holder, others: [{...direct, tokens: direct.tokens.slice(0, 1)}]}
    if (titlePost) return holder
    direct = holder
  }
  const nameWords = direct.tokens.filter((token) => !isParticle(token.text)).length
  if (word === 'of' || (word === 'for' && !titleFor)) {
    let apposition = readApposition(tokens, direct.before, text)
    // An organisation and its home chained by `of`, `at`, `from` (`John Smith, the owner of Acme
    // Arms of San Jose (protect)`, `a partner at Baker McKenzie of New York`, audit M: the firm and
    // the city were redacted, the person released 9 times): the person is named before the chain.
    const chain: Run[] = []
    while (apposition !== undefined && apposition.tokens.length > 0 && chain.length < 3 && organisationLinks.has(lower(tokens[organisationStart(tokens, apposition)]?.text ?? ''))) {
      const further = readApposition(tokens, organisationStart(tokens, apposition), text)
      if (further === undefined || further.placeholder || further.tokens.length === 0) break
      chain.push(apposition)
      apposition = further
    }
    // One word may be a person too (`his disdain for Lahoud (protect)`, after `interview on
    // Aljazeera,`): protected with the apposition, both logged as candidates.
    if (apposition !== undefined) {
      // The name before `of` set off by a comma is an institution's first word, the person named
      // before the commas (`Michael Fallon, Tory MP and senior Tory member of the Treasury
      // Committee, House of Commons (strictly protect)`, audit J: House and Commons were
      // redacted, Fallon released 15 times). All are protected, as candidates.
      // So is a chain's first organisation (`Tetyana Vidzigovska, State Service of Export Control of Ukraine (protect)`).
      const setOff = (apposition.tokens.length === 1 && tokens[apposition.before]?.text === ',') || (chain.length > 0 && tokens[organisationStart(tokens, apposition)]?.text === ',')
      const named = setOff ? namesBeforeCommas(tokens, apposition.before, text, words) : []
      return {...apposition, others: [direct, ...chain, ...named]}
    }
  }
  // `in Pretoria (please protect)`, `The Czechs (please protect)`: a place or a group, not a person.
  // Not a possessive (`In Dagan's (protect) personal opinion`): a place owns no opinion.
  const possessive = tokens[last]?.kind === 'word' && isPossessive(tokens[last]!.text)
  if ((word === 'in' && !possessive) || word === 'the') {
    const apposition = readApposition(tokens, direct.before, text)
    if (word === 'in' || nameWords < 2) return apposition
    // Three name words after `the` are its noun and a name (`of the Presidency Bernardino Leon
    // (protect)`, 09MADRID59): the name.
    const named = nameWords >= 3 ? {...direct, tokens: direct.tokens.slice(1), before: direct.before + 1} : direct
    if (apposition !== undefined) return {...apposition, others: [named]}
    // No apposition: the names before the sentence's commas may be the person (`Ahmad Sarraf, 45, a
    // former Baathist who now advises the Damascus Declaration (protect)`), and the sentence is
    // withheld, as for a marker that names nobody.
    return {...named, uncertain: true, others: namesBeforeCommas(tokens, direct.before, text, words)}
  }
  // The words at the marker may not be the person, named before them: the capitalised object of a
  // preposition (`Ali Reza, a journalist with Al-Watan (protect)`, `Rami Khouri from Aleppo
  // (protect)`; in `met with Ali Hamdan (protect)` it is the person), one word ending an
  // organisation's name (`Rami Khouri, who works with Human Rights Watch (protect)`), words inside
  // a description after a comma (`Rami Khouri, an Alawite (protect)`, `…, a lawyer who defended
  // Riad Seif (protect)`). The name before the apposition, or right before the preposition, is
  // protected too: read as the words at the marker alone, the person's name was released. Only an
  // apposition set off by a comma or a dash: `the discussion in Washington of … with Nick Low
  // (Protect)` (09EFTOLONDON2187) names no one before `of`.
  const previous = tokens[direct.before]
  const preposition = word !== undefined && placePrepositions.has(word)
  // Not a list's item, titles and a name after a comma (`President Mubarak, Intelligence Chief
  // Soliman (protect)`, 06CAIRO941 in audit H: Mubarak was protected 13 times); after a
  // description it is (`Ahmad Sarraf, son-in-law of Vice President Sharaa (protect)`).
  const listItem = isTitle(previous?.text ?? '') && direct.tokens.length === 1 && afterListComma(text, direct.tokens[0]!.start)
  const organisation = direct.tokens.length === 1 && previous?.kind === 'word' && /^\p{Lu}/u.test(previous.text) && isStop(previous.text) && !listItem
  const description = previous?.kind === 'word' && /^\p{Ll}/u.test(previous.text) && !isParticle(previous.text)
  if (preposition || organisation || description) {
    // The object of a preposition ending a sentence's report (`Muasher said he would raise it on
    // his trip to Washington (protect)`, `Fradkov told Aliyev that … to Europe (protect)`): the
    // marker may be the speaker's, whose name was released. The speakers are protected too.
    const speakers = preposition ? speakersBefore(tokens, direct.before, text) : []
    const before = readApposition(tokens, direct.before, text, false, words) ?? (preposition ? readRun(tokens, direct.before - 1, text) : undefined)
    if (before !== undefined && !before.placeholder && before.tokens.length > 0) {
      // A word alone that the text writes in lower case is no name (`Dean of Law`): the person alone.
      const described = direct.tokens.length === 1 && words.writtenInLowerCase(direct.tokens[0]!.text)
      return described ? {...before, others: speakers} : {...direct, others: [before, ...speakers]}
    }
    // No apposition right before: `Nabil Haddad, 45, of Aleppo (protect)`, `Fuad Hamra, formerly of
    // Reuters (protect)`, `Ahmad Sarraf, son-in-law of Vice President Sharaa (protect)`: the names
    // before the sentence's commas may be the person.
    const named = namesBeforeCommas(tokens, direct.before, text, words)
    if (named.length > 0 || speakers.length > 0) return {...direct, others: [...named, ...speakers]}
  }
  // `KHOURI, Rami (protect)`: a surname in capitals, a comma, the given name.
  const surname = tokens[direct.before - 1]
  if (direct.tokens.length === 1 && !isUpper(direct.tokens[0]!.text) && previous?.text === ',' && surname?.kind === 'word' && /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(surname.text) && !isStop(surname.text)) {
    return {...direct, tokens: [surname, ...direct.tokens], uncertain: true}
  }
  // `Olga Petrova, nee Ivanova (protect)`, `Rami Khouri, aka Abu Fadi (protect)`, `Abdul Rahim
  // Barakzai, known as Haji Rahim (protect)`: the name before the alias is the same person's.
  const aliased = nameBeforeAlias(tokens, direct.before)
  if (aliased !== undefined) {
    const named = readRun(tokens, aliased, text)
    if (!named.placeholder && named.tokens.length > 0) return {...direct, tokens: [...named.tokens, ...direct.tokens]}
  }
  // `Gary Lindqvist, Citigroup (protect)`, `JOHN HARKINS, SHELL (PROTECT)`, `Marco Rossi, Vice
  // President, ENI (protect)`: one word after a comma may be the person's firm, party or paper, the
  // person named before the commas. Both are protected (logged as candidates): read as the word at
  // the marker alone, the person's name was released. So may two or three untitled words (`Roger
  // Bootle, CEO, Capital Economics (protect)`, `Avram Balabanovich, Managing Director, CTL
  // Components (strictly protect)`, audit K: the firm was redacted, the person released 4 times).
  // Only a full name before the commas then, not after a place's or office's preposition: those
  // end the description of the person named at the marker (`Shell's Vice President for Africa, Ann
  // Pickard (strictly protect)`, 08LAGOS368; `… in Eastern Venezuela, Bret Tarpley`, 09CARACAS1208).
  if (previous?.text === ',' && direct.tokens.length === 1) {
    const named = namesBeforeCommas(tokens, direct.before, text, words)
    if (named.length > 0) return {...direct, others: named}
  } else if (previous?.text === ',' && direct.tokens.length <= 3 && direct.titles.length === 0) {
    const named = namesBeforeCommas(tokens, direct.before, text, words).filter((run) => {
      const opener = tokens[run.before]?.text.toLowerCase() ?? ''
      const officeOf = opener === 'of' && /^\p{Lu}/u.test(tokens[run.before - 1]?.text ?? '')
      // A surname alone only after a verb or a noun in lower case (`We met Smith, Acme Components
      // (protect)`, audit K's probe m19), never after a preposition, a conjunction or a capital.
      const surnameAlone = run.tokens.length === 1 && /^\p{Ll}+$/u.test(tokens[run.before]?.text ?? '') && !placeOpeners.has(opener) && !listJoiners.has(opener)
      return (run.tokens.length >= 2 || surnameAlone) && run.uncertain !== true && !descriptionEnders.has(opener) && !officeOf && onlyTitlesBetween(tokens, run, direct.before)
    })
    if (named.length > 0) return {...direct, others: named}
  }
  // `Hussein Jowher of the NGO Sprat (protect)`, `Father Cedric Prakash of the Prashant Center for
  // Human Rights and Justice (protect)` (09NAIROBI, 08NEWDELHI in audit D): the words at the
  // marker end an organisation's name, its member named before `of`. Both are protected.
  const member = direct.tokens.length <= 2 ? memberOfOrganisation(tokens, direct.before, text) : undefined
  if (member !== undefined) return {...direct, others: [member]}
  return direct
}

/**
 * The name before `of`, `from` or `at` that opens an organisation's name ending at token `index`
 * (its capitalised words, acronyms, `the`, `and`, `for`, `&`), or `undefined`.
 */
function memberOfOrganisation(tokens: readonly Token[], index: number, text: string): Run | undefined {
  for (let k = index, steps = 0; k >= 0 && steps < 10; k--, steps++) {
    const token = tokens[k]!
    if (token.kind !== 'word') return undefined
    const word = lower(token.text)
    if (word === 'of' || word === 'from' || word === 'at') {
      if (k === index) return undefined
      const run = readRun(tokens, k - 1, text)
      return run.placeholder || run.tokens.length === 0 ? undefined : run
    }
    if (!/^\p{Lu}/u.test(token.text) && !organisationJoiners.has(word)) return undefined
  }
  return undefined
}

/**
 * The token before an organisation's name that ends with `run`: past the capitalised words and
 * ampersands a run leaves out (`State` of `State Service`, `E&` of `E&P`), four at most.
 */
function organisationStart(tokens: readonly Token[], run: Run): number {
  let k = run.before
  for (let steps = 0; steps < 4 && k >= 0; steps++, k--) {
    const token = tokens[k]!
    if (token.text !== '&' && !(token.kind === 'word' && /^\p{Lu}/u.test(token.text))) break
  }
  return k
}

/**
 * A marker's readings without the country or world region among them, where another is a full
 * name and the place is the object of a description's preposition (`Rashid Al-Hajiri, MFA's desk
 * officer for Iran (protect)`: Rashid Al-Hajiri, not Iran; `…, Diplomatic Advisor on Latin
 * America (protect)`): the place was redacted throughout the cable (audit M). A place that is the
 * only reading, beside a word alone, or set off by a comma (`his wife, Iran (protect)`) stays:
 * fail closed.
 */
function withoutPlaceReadings(text: string, run: Run | undefined): Run | undefined {
  if (run === undefined || run.others === undefined || run.others.length === 0) return run
  const readings = [run, ...run.others]
  // Only the object of a description's preposition: `his wife, Asia (protect)` is a person.
  const place = (reading: Run): boolean => {
    const start = reading.tokens[0]?.start ?? 0
    return isPlaceName(reading.tokens.map((token) => token.text)) && descriptionPreposition.test(text.slice(Math.max(0, start - 8), start))
  }
  const fullName = (reading: Run): boolean => !reading.placeholder && reading.uncertain !== true && reading.tokens.filter((token) => !isParticle(token.text)).length >= 2 && !place(reading)
  if (!readings.some(place) || !readings.some(fullName)) return run
  const kept = readings.filter((reading) => !place(reading))
  const [main, ...others] = place(run) ? kept : [run, ...kept.slice(1)]
  return {...main!, others}
}

/** A preposition ending a description before a place (`desk officer for Iran`, `Advisor on Latin America`). */
const descriptionPreposition = /(?<![\p{L}])(?:for|on|of|in|to)[ \t\r\n]+$/iu

/** Words joining an organisation to the one it belongs to or its home (`Acme Arms of San Jose`, `a partner at Baker McKenzie`). */
const organisationLinks: ReadonlySet<string> = new Set(['of', 'at', 'from'])

const organisationJoiners: ReadonlySet<string> = new Set(['the', 'and', 'for', '&', 'on', 'de', 'du', 'des', 'la', 'el', 'al'])

/** Words that lead into a name set off after a marker or a description: `namely`, `real name`, `born`. */
const nameLeads: ReadonlySet<string> = new Set(['namely', 'whose', 'real', 'true', 'given', 'full', 'name', 'is', 'was', 'born', 'i', 'e', '.', 'that'])

/**
 * The names set off by commas or dashes right after a marker (`(protect), Fuad Hamza, said`,
 * `(protect) -- Colonel Bassam Zein -- said`, `(protect), Georges and Mona, told`, `(protect),
 * namely Dmitri Volkov,`, `-- real name Mohammed Khalil --`) or after a description written again
 * (`The official, Yossi Levin,`), at `end`: titles before them skipped, two joined by `and`. Only
 * an apposition closed by a comma, a dash, a stop or a bracket, or going on with the person's
 * affiliation: `(protect), Ambassador Smith told us` names the listener. After a marker that names
 * nobody (`nameless`), also a full name right after it (`A lawyer (strictly protect) Farid
 * Nasrallah told us`, `Sources (protect) Farid Nasrallah and Omar Haddad said`).
 */
function namesSetOffAt(text: string, end: number, pageBreaks: readonly Range[], nameless = false): Run[] {
  // Nearly every marker is followed by a lower-case word: no apposition, nothing to read.
  let next = end
  while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++
  const separated = /[,\-\u2013\u2014]/.test(text.charAt(next))
  if (!separated && !(nameless && /\p{Lu}/u.test(text.charAt(next)))) return []
  const tokens = tokenize(text, end, Math.min(text.length, end + 160), pageBreaks)
  const dash = (token: Token | undefined): boolean => token !== undefined && /^[-\u2013\u2014]$/u.test(token.text)
  let i = 0
  if (tokens[i]?.text === ',') i++
  else if (dash(tokens[i])) while (dash(tokens[i])) i++
  else if (separated) return []
  // Unseparated, a pronoun or a common word opens the next clause, not a name (`(protect) He added`).
  else if (isCommonWord(tokens[i]?.text ?? '') || pronouns.has(tokens[i]?.text.toLowerCase() ?? '')) return []
  for (let lead = 0; lead < 5 && tokens[i] !== undefined && nameLeads.has(tokens[i]!.text) && !/^\p{Lu}/u.test(tokens[i]!.text); lead++) i++
  const upperMode = upperContext(text, end)
  // Unseparated in capitals, any word may follow (`(STRICTLY PROTECT) SAID SO`).
  if (!separated && upperMode) return []
  const found: Run[] = []
  // Titles, hyphenated ones too (`Executive Editor-in-Chief of …`, 08BEIJING3385).
  const titleWord = (word: string): boolean => isTitle(word) || word.split(nameHyphens).some(isTitle)
  for (;;) {
    // An office's words before its title (`(protect), Cabinet Affairs Minister Gergawi,`, 07DUBAI59):
    // the name follows the last title of the first few capitalised words.
    let lastTitle = -1
    for (let ahead = i; ahead < i + 6 && tokens[ahead]?.kind === 'word' && (/^\p{Lu}/u.test(tokens[ahead]!.text) || titleWord(tokens[ahead]!.text)); ahead++) {
      if (titleWord(tokens[ahead]!.text)) lastTitle = ahead
    }
    if (lastTitle > i) i = lastTitle
    for (;;) {
      while (tokens[i] !== undefined && (titleWord(tokens[i]!.text) || (tokens[i]!.text === '.' && i > 0 && isTitle(tokens[i - 1]!.text)))) i++
      // A rank's abbreviation in brackets after it, more titles after (`Lieutenant General (LTG)
      // Prince Faisal bin Al Hussein`, 10AMMAN219).
      if (i > 0 && titleWord(tokens[i - 1]!.text) && tokens[i]?.text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')') i += 3
      else break
    }
    let stop = i
    // Initials with their stops go with the name (`(protect), T.C.A. Raghavan,`); `readRun` reads them back.
    // (A letter and its stop, whatever the letter: `A.` is no article there.)
    const initial = (at: number): boolean => /^\p{Lu}$/u.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '.'
    const initialStop = (at: number): boolean => tokens[at]?.text === '.' && at > i && initial(at - 1)
    while ((tokens[stop]?.kind === 'word' && (isNameWord(tokens[stop]!.text, upperMode) || (stop > i && isParticle(tokens[stop]!.text)))) || initial(stop) || initialStop(stop)) stop++
    while (stop > i && tokens[stop - 1]!.text === '.') stop--
    if (stop === i) return []
    const run = readRun(tokens, stop - 1, text)
    if (run.placeholder || run.tokens.length === 0) return []
    // Unseparated, a full name (`(strictly protect) Farid Nasrallah told us`), not the next
    // sentence's first word (`(PROTECT) Next one`).
    if (!separated && run.tokens.length < 2) return []
    found.push(run)
    i = stop
    if (tokens[i]?.text.toLowerCase() !== 'and' || found.length > 2) break
    i++
  }
  const closing = tokens[i]
  // Closed, or going on with the person's affiliation (`namely Dmitri Volkov of the Levada Center,`).
  const affiliation = closing !== undefined && ['of', 'from', 'at', 'with'].includes(closing.text)
  // Where the marker names nobody, or may not, a name left unclosed before its verb is the
  // description's subject (`Joint Secretary for Pakistan, Afghanistan and Iran (protect), T.C.A.
  // Raghavan called an "urgent briefing"`, 09NEWDELHI1778: Raghavan was released 15 times). Not
  // before a verb of speech or telling: `Our contact (protect), Ambassador Smith told us, was
  // worried` sets off who reported it.
  const verb = nameless && closing?.kind === 'word' && /^\p{Ll}/u.test(closing.text) && !isReportingVerb(closing.text) && (pastTenseVerb.test(closing.text) || irregularPastVerbs.has(closing.text))
  return !separated || closing === undefined || closing.text === ',' || dash(closing) || closing.text === ')' || sentenceStops.has(closing.text) || affiliation || verb ? found : []
}

/**
 * The person a nameless marker's description names later: `According to an Israeli embassy
 * official (please protect) … The official, Yossi Levin, added`, `(Comment: The source, Pierre
 * Lacoste, …)`, `BIO NOTE: The officer, Brigadier Karim Jabbour, …`; and `His real name is
 * Mohammed Khalil.` in the marker's paragraph. The description's last word (`official`), or the
 * noun after its article, after `the`, then a name set off by a comma or dashes.
 */
function namesOfDescription(text: string, site: MarkerSite, pageBreaks: readonly Range[], words: TextWords, seen: DescriptionPlaces): Run[] {
  const start = site.marker.position.start.offset
  const end = site.marker.position.end.offset
  const found: Run[] = []
  const last = lastWordOf(text.slice(Math.max(0, start - 40), start))
  // The description's noun: its last word, and the first after its article (`A contact at the
  // Ministry of Interior (protect)`: `contact`; `An adviser to the health ministers (protect)` …
  // `the adviser, Selwyn Katene,`, 04WELLINGTON596).
  const nouns = new Set<string>()
  if (/^\p{Ll}{3,}$/u.test(last)) nouns.add(last)
  const headNoun = articleNoun(text.slice(Math.max(0, start - 80), start))
  if (headNoun !== undefined) nouns.add(headNoun)
  const lowered = words.lowered()
  // Offsets in the lowered text are the text's only where lowering kept its length.
  if (lowered.length !== text.length) return found
  for (const noun of nouns) {
    if (isCommonWord(noun)) continue
    const needle = `the ${noun}`
    // Where the text writes `the official`, found once per word: a search from each marker to the
    // end of the text made a cable of thousands of `our contact (protect)` quadratic.
    let places = seen.places.get(needle)
    if (places === undefined) {
      const all: number[] = []
      for (let at = lowered.indexOf(needle); at !== -1; at = lowered.indexOf(needle, at + needle.length)) {
        if (!isWordUnit(lowered.charCodeAt(at - 1)) && !isWordUnit(lowered.charCodeAt(at + needle.length))) all.push(at)
      }
      places = all
      seen.places.set(needle, places)
    }
    const first = partitionPoint(places.length, (index) => places![index]! >= end)
    // The next two places: a description is named where it is next written.
    for (let index = first; index < places.length && index < first + 2; index++) {
      // Each place read once, however many markers come before it.
      const at = places[index]! + needle.length
      let named = seen.names.get(at)
      if (named === undefined) {
        named = namesSetOffAt(text, at, pageBreaks)
        seen.names.set(at, named)
      }
      for (const run of named) found.push(run)
    }
  }
  return found
}

/**
 * The holder of the office a nameless marker's description names, where the cable names them
 * with a qualifier the description shares: `A senior PT advisor (protect) told CG` … `The PT's
 * Senior Advisor for International Affairs, Ana Maria Stuart, told CG` (05SAOPAULO1376 in audit F:
 * `Stuart` was released 9 times). The description's noun after its article, written elsewhere
 * after a word of its qualifiers (not a generic one: `senior`, `key`) within six words, then the
 * office's words (`for International Affairs`), then a name set off or a full name. Logged as
 * candidates; the first twenty places of the noun in the cable are read.
 */
function namesOfQualifiedOffice(text: string, site: MarkerSite, pageBreaks: readonly Range[], words: TextWords, seen: OfficePlaces): Run[] {
  const start = site.marker.position.start.offset
  const description = text.slice(Math.max(0, start - 80), start)
  const last = lastWordOf(description)
  const noun = /^\p{Ll}{3,}$/u.test(last) ? last : articleNoun(description)
  if (noun === undefined || isCommonWord(noun)) return []
  // The words between the description's article and its noun (`senior PT` of `A senior PT advisor`).
  const described = description.toLowerCase().split(/[^\p{L}'’-]+/u).filter((word) => word !== '')
  const nounAt = described.lastIndexOf(noun)
  const qualifiers = new Set<string>()
  let article = false
  for (let at = nounAt - 1; at >= 0 && at >= nounAt - 6 && !article; at--) {
    const word = described[at]!.replace(/['’]s$/u, '')
    article = descriptionArticles.has(word)
    if (!article && word.length >= 2 && !genericQualifiers.has(word)) qualifiers.add(word)
  }
  if (!article || qualifiers.size === 0) return []
  const lowered = words.lowered()
  if (lowered.length !== text.length) return []
  // The noun's first places, found once per noun: a search from the start for each marker made a
  // cable of thousands of described markers quadratic.
  const seenPlaces = seen.places
  let places = seen.nouns.get(noun)
  if (places === undefined) {
    places = []
    for (let at = lowered.indexOf(noun); at !== -1 && places.length < 21; at = lowered.indexOf(noun, at + noun.length)) {
      if (isWholeWordAt(lowered, at, noun.length)) places.push(at)
    }
    seen.nouns.set(noun, places)
  }
  const found: Run[] = []
  for (const at of places) {
    // Not the description at the marker itself.
    if (at < site.marker.position.end.offset && at + noun.length > start - 80) continue
    // Each place read once, however many markers' descriptions lead to it.
    let place = seenPlaces.get(at)
    if (place === undefined) {
      const before = lowered.slice(Math.max(0, at - 60), at).split(/[^\p{L}'’]+/u).slice(-6).map((word) => word.replace(/['’]s$/u, ''))
      // The office's words after the noun: `for International Affairs`, `to the Minister`.
      const office = /^(?:\s+(?:for|of|to|on|at)(?:\s+(?:the|and|of|for|\p{Lu}[\p{L}'’-]*)){1,6})?/u.exec(text.slice(at + noun.length, at + noun.length + 120))
      place = {before, names: namesSetOffAt(text, at + noun.length + (office?.[0].length ?? 0), pageBreaks, true)}
      seenPlaces.set(at, place)
    }
    if (place.names.length === 0 || !place.before.some((word) => qualifiers.has(word))) continue
    for (const run of place.names) found.push(run)
  }
  return found
}

/** The places of an office's noun (see `namesOfQualifiedOffice`), each read once per cable. */
interface OfficePlaces {
  /** The noun's first places in the cable. */
  nouns: Map<string, number[]>
  /** By place: the words before it and the names set off after its office's words. */
  places: Map<number, {before: string[]; names: Run[]}>
}

/** Qualifiers too common to tie a description to an office elsewhere (`a senior advisor`). */
const genericQualifiers: ReadonlySet<string> = new Set([
  'senior', 'key', 'top', 'high', 'ranking', 'high-ranking', 'mid-level', 'former', 'close', 'longtime', 'long-time', 'trusted',
  'reliable', 'well-placed', 'well', 'placed', 'good', 'local', 'young', 'new', 'veteran', 'prominent', 'influential', 'the',
])

/**
 * The people a marker after a bare title may mean: `The Governor (strictly protect) impressed us`,
 * `the Chinese Ambassador (protect)`, `the Attorney General (protect)` (the title words right
 * before the marker, capitalised), where the cable names the holder elsewhere with the same title
 * (`Governor Farhat Bengadara`, `Ambassador Guan Mu`, `Attorney General Gani Patail`): the nearest
 * such name before the marker and the first after it, as candidates. Withholding the marker's
 * sentence alone released the name everywhere else.
 */
function namesOfTitle(text: string, site: MarkerSite, pageBreaks: readonly Range[], seen: Map<string, readonly TitlePlace[]>): Run[] {
  const start = site.marker.position.start.offset
  const before = tokenize(text, Math.max(0, start - 100), start, pageBreaks)
  const titlePhraseEndingAt = (end: number): string[] => {
    const words: string[] = []
    for (let k = end; k >= 0 && before[k]!.kind === 'word' && /^\p{Lu}/u.test(before[k]!.text) && isTitle(before[k]!.text); k--) words.unshift(before[k]!.text)
    return words
  }
  let phrase = titlePhraseEndingAt(before.length - 1)
  if (phrase.length === 0) return []
  let phraseStart = before.length - phrase.length
  // `The Foreign Minister told the Ambassador (protect)`: the one told is the post's officer, the
  // source the teller, whose title is sought (the Ambassador's holder was taken, the Minister released).
  let verb = phraseStart - 1
  if (['the', 'our'].includes(lower(before[verb]?.text ?? ''))) verb--
  if (verb > 0 && tellingVerbs.has(lower(before[verb]!.text))) {
    const teller = titlePhraseEndingAt(verb - 1)
    if (teller.length > 0) {
      phrase = teller
      phraseStart = verb - teller.length
    }
  }
  // A qualifier before the title (`the Canadian Ambassador (protect)`) picks the places that
  // write it too, where there are any (`Canadian Ambassador Bruno Picard`, not `Ambassador
  // Godec`, 09TUNIS415).
  const qualifier = before[phraseStart - 1]
  const qualified = qualifier !== undefined && /^\p{Lu}/u.test(qualifier.text) && !notNames.has(lower(qualifier.text)) ? qualifier.text : ''
  const title = phrase.join(' ')
  const key = `${title}\u0000${qualified}`
  let places = seen.get(key)
  if (places === undefined) {
    const all = seen.get(title) ?? titlePlaces(text, phrase, pageBreaks)
    seen.set(title, all)
    const same = all.filter((place) => place.qualifier === qualified)
    places = qualified !== '' && same.length > 0 ? same : all
    seen.set(key, places)
  }
  const first = partitionPoint(places.length, (index) => places![index]!.at >= start)
  const found: Run[] = []
  if (first > 0) found.push(places[first - 1]!.run)
  const later = places[first]
  if (later !== undefined && later.at > site.marker.position.end.offset) found.push(later.run)
  return found
}

/** A place where a title is written before a name (`Governor Farhat Bengadara`). */
interface TitlePlace {
  at: number
  run: Run
  /** The capitalised word right before the title (`Canadian` of `Canadian Ambassador …`), or `''`. */
  qualifier: string
}

/** Every place `text` writes the title words `phrase` (as written) and a name right after them. */
function titlePlaces(text: string, phrase: readonly string[], pageBreaks: readonly Range[]): TitlePlace[] {
  const places: TitlePlace[] = []
  const head = phrase[0]!
  const upperMode = isUpper(head)
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + head.length)) {
    if (isWordUnit(text.charCodeAt(at - 1)) || isWordUnit(text.charCodeAt(at + head.length))) continue
    const tokens = tokenize(text, at, Math.min(text.length, at + 160), pageBreaks)
    if (!phrase.every((word, index) => tokens[index]?.text === word)) continue
    const name: Token[] = []
    for (let k = phrase.length; k < tokens.length && name.filter((token) => !isParticle(token.text)).length < 5; k++) {
      const token = tokens[k]!
      if (token.kind === 'word' && isNameWord(token.text, upperMode)) name.push(token)
      else if (name.length > 0 && token.kind === 'word' && isParticle(token.text)) name.push(token)
      else break
    }
    while (name.length > 0 && isParticle(name.at(-1)!.text)) name.pop()
    // The drafter in the `Classified By:` line is no source. (Its line read back a little way
    // only: to the line's start, a one-line paragraph of titles was quadratic.)
    const back = text.slice(Math.max(0, at - 120), at)
    if (name.length === 0 || /classified\s+by/i.test(back.slice(back.lastIndexOf('\n') + 1))) continue
    const previous = lastWordOf(text.slice(Math.max(0, at - 30), at))
    places.push({at, run: {tokens: name, titles: [lower(phrase.join(' '))], placeholder: false, before: -1}, qualifier: /^\p{Lu}/u.test(previous) ? previous : ''})
  }
  return places
}

/** Where a text writes `the official`, `the contact`…, and the names set off after each place. */
interface DescriptionPlaces {
  places: Map<string, readonly number[]>
  names: Map<number, readonly Run[]>
}

/** `His real name is Mohammed Khalil.` in a marker's paragraph, within 600 characters after it: the person's other name. */
function realNameAfter(text: string, site: MarkerSite, pageBreaks: readonly Range[]): Run[] {
  const end = site.marker.position.end.offset
  const found: Run[] = []
  const context = contextOf(text, site)
  // A few sentences on, not the whole paragraph: a paragraph of thousands of markers was read
  // once per marker (a 1 MB one took 3 s here).
  const after = text.slice(end, Math.min(context.end, end + 600))
  const named = /\b(?:real|true|given|full|birth)\s+name\s+(?:is|was)\s+/i.exec(after)
  if (named !== null) {
    const from = end + named.index + named[0].length
    const tokens = tokenize(text, from, Math.min(context.end, from + 100), pageBreaks)
    let stop = 0
    while (tokens[stop]?.kind === 'word' && (isNameWord(tokens[stop]!.text, upperContext(text, from)) || (stop > 0 && isParticle(tokens[stop]!.text)))) stop++
    if (stop > 0) {
      const run = readRun(tokens, stop - 1, text)
      if (!run.placeholder && run.tokens.length > 0) found.push(run)
    }
  }
  return found
}

/** Whether `letters` are the first letters of words of `name`, in order (`ACB` of `Antonio Carlos Baptista`). */
function isInitialsOf(letters: string, name: string): boolean {
  const firsts = (name.match(/\p{L}+/gu) ?? []).map((word) => word.charAt(0).toUpperCase()).join('')
  let at = 0
  for (const letter of firsts) if (letter === letters[at]) at++
  return at === letters.length
}

/** How many of a run's first tokens are an alias's words (`A`, `K`, `A` of `A.K.A.`; `AKA`; `ALIAS`), or 0. */
function aliasLeadLength(run: readonly Token[]): number {
  const word = (at: number): string => run[at]?.text.toLowerCase() ?? ''
  if (word(0) === 'a' && word(1) === 'k' && word(2) === 'a') return 3
  return word(0) === 'aka' || word(0) === 'alias' ? 1 : 0
}

/** Words that say the name after them is another of the person's names. */
const aliasWords: ReadonlySet<string> = new Set(['nee', 'née', 'born', 'alias', 'aka'])

/**
 * Where the name before an alias ends, when the tokens up to `index` end with an alias's words
 * (`, nee`, `alias`, `aka`, `a.k.a.`, `, also known as`, `called`): the index of its last
 * token, or `undefined`.
 */
function nameBeforeAlias(tokens: readonly Token[], index: number): number | undefined {
  let i = index
  const word = (at: number): string => tokens[at]?.text.toLowerCase() ?? ''
  if (aliasWords.has(word(i))) i--
  else if (word(i) === '.' && word(i - 1) === 'a' && word(i - 2) === '.' && word(i - 3) === 'k' && word(i - 4) === '.' && word(i - 5) === 'a') i -= 6
  else if (word(i) === 'a' && word(i - 1) === '.' && word(i - 2) === 'k' && word(i - 3) === '.' && word(i - 4) === 'a') i -= 5
  else if (word(i) === 'as' && (word(i - 1) === 'known' || word(i - 1) === 'called')) {
    i -= 2
    if (['also', 'better', 'widely', 'commonly', 'locally', 'popularly'].includes(word(i))) i--
  } else return undefined
  if (word(i) === ',') i--
  return tokens[i]?.kind === 'word' ? i : undefined
}

/**
 * The names that end the comma-separated parts of a sentence before `index` (a comma), back to
 * the sentence's start, at most three: the runs of two name words or more if there are any, else
 * the words alone, unless one follows a preposition (`In Damascus, Khouri (protect)`), the text
 * writes it in lower case, it is a common word, or the cable writes it often (its subject).
 */
function namesBeforeCommas(tokens: readonly Token[], index: number, text: string, words: TextWords): Run[] {
  const found: Run[] = []
  for (let k = index, commas = 0; k >= 0 && index - k < 80 && commas < 5 && found.length < 3; k--) {
    const token = tokens[k]!
    if (stopsSentence(tokens, k)) break
    if (token.text !== ',') continue
    commas++
    // A clause of its own after the comma: the names before it are another sentence part's.
    if (holdsClause(tokens, k + 1, index)) break
    const run = readRun(tokens, k - 1, text)
    if (run.placeholder || run.tokens.length === 0) continue
    const single = run.tokens.length === 1 ? run.tokens[0]!.text : undefined
    const opener = tokens[run.before]?.text.toLowerCase() ?? ''
    // A word in capitals alone in mixed-case text may be an acronym (`THEIR AIDES, BOURDON`).
    // A common word capitalised after a verb or a noun is a name there (`We met Smith, Acme`).
    const common = single !== undefined && isCommonWord(single) && !(/^\p{Ll}+$/u.test(tokens[run.before]?.text ?? '') && !listJoiners.has(opener))
    if (single !== undefined && (run.uncertain === true || placeOpeners.has(opener) || words.writtenInLowerCase(single) || common || words.count(single) >= frequentWord)) continue
    found.push(run)
  }
  // A full name among them is the person; one word beside it a place or a unit (`Gary vonLemden,
  // Corporate Head, Europe, Citigroup (Please protect)`, 08LONDON2603).
  // `Corporate Head` reads as a name only as `John Major` does (`uncertain`): not beside a sure one.
  const full = found.filter((run) => run.tokens.length >= 2)
  const sure = full.filter((run) => run.uncertain !== true)
  return sure.length > 0 ? sure : full.length > 0 ? full : found
}

/**
 * Whether only capitalised words (a title: `Managing Director`, `CEO`, `Chief Operating Officer of
 * Operations`) and commas stand between `run` and token `end`, or a clause about the run opened by
 * `who`: the run is then the person whose title and firm or home follow (`Glenn Earle, Chief
 * Operating Officer, Goldman Sachs`; `Karti Chidambaram, who is managing his father's campaign …
 * from Sivaganga, Tamil Nadu`, audit B). A description in lower case makes it someone else,
 * named in a list (`Lek ten Hagen, Iran desk officer, Huib Mijnarends (protect)`, 08THEHAGUE553).
 */
function onlyTitlesBetween(tokens: readonly Token[], run: Run, end: number): boolean {
  const last = run.tokens.at(-1)
  const from = last === undefined ? -1 : tokens.indexOf(last)
  if (from === -1) return false
  if (tokens[from + 1]?.text === ',' && (tokens[from + 2]?.text === 'who' || tokens[from + 2]?.text === 'whose')) return true
  for (let k = from + 1; k < end; k++) {
    const token = tokens[k]!
    if (token.text === ',' || (token.kind === 'word' && (/^\p{Lu}/u.test(token.text) || titleJoiners.has(token.text)))) continue
    return false
  }
  return true
}

/** Words that join the members of a list: the word after one is another member, not the person. */
const listJoiners: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'as', 'than', 'like'])

/** Lower-case words inside a title (`Director of Operations`, `Minister for Trade and Industry`). */
const titleJoiners: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the'])

/** Whether the text before a marker ends with a title or a word for a person (`the Ambassador`, `a contact`). */
function describes(before: string): boolean {
  const last = lastWordOf(before)
  return last !== '' && (isTitle(last) || notNames.has(last.toLowerCase()))
}

/** The lower-case words after the last `a`, `an`, `one`, `our` of `text`, the last of them (`a senior banker`: `banker`). */
function articleNoun(text: string): string | undefined {
  const words = text.split(/[^\p{L}]+/u)
  for (let at = words.length - 1; at >= 0; at--) {
    if (!descriptionArticles.has(words[at]!.toLowerCase())) continue
    let end = at + 1
    while (end < words.length && /^\p{Ll}+$/u.test(words[end]!) && !placeOpeners.has(words[end]!) && !placePrepositions.has(words[end]!)) end++
    const noun = words[end - 1]
    return end > at + 1 && noun !== undefined && noun.length >= 3 ? noun : undefined
  }
  return undefined
}

/** The words that open a description of a person (`a senior banker`, `one contact`, `our source`). */
const descriptionArticles: ReadonlySet<string> = new Set(['a', 'an', 'one', 'our'])

/** The letters that end `text`, past white space and commas after them (`official` of `an official, `). */
function lastWordOf(text: string): string {
  let end = text.length
  while (end > 0 && /[\s,]/.test(text.charAt(end - 1))) end--
  let start = end
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--
  return text.slice(start, end)
}

/** A personal pronoun in a marker's sentence before the marker: the person is named before it. */
const pronounBefore = /\b(?:[Hh]e|[Ss]he|HE|SHE|[Hh]is|[Hh]er|HIS|HER)\b/

/** Adverbs and conjunctions that open a sentence capitalised, right before a name (`Later Kassem (protect) said`). */
const sentenceAdverbs: ReadonlySet<string> = new Set([
  'later', 'earlier', 'yesterday', 'today', 'tomorrow', 'then', 'finally', 'recently', 'subsequently', 'afterwards',
  'afterward', 'previously', 'now', 'still', 'instead', 'moreover', 'furthermore', 'nevertheless', 'similarly',
  'likewise', 'indeed', 'additionally', 'privately', 'publicly', 'initially', 'originally', 'eventually',
  'ultimately', 'again', 'here', 'there', 'thus', 'hence', 'accordingly', 'separately', 'meanwhile', 'however',
  'also', 'interestingly', 'notably', 'specifically', 'nonetheless', 'otherwise', 'surprisingly',
  // and conjunctions (`Although Homrahon Zaripov`, 05DUSHANBE1702)
  'although', 'though', 'whereas', 'because', 'unless', 'until', 'once', 'whether',
  // and prepositions opening a sentence (`Despite Habib's …`)
  'despite', 'unlike', 'like', 'regarding', 'concerning', 'following', 'including', 'among', 'against', 'without',
])

/** A verb in the past tense, lower case: `interjected`, `recounted`, `described`, `implied`. */
const pastTenseVerb = /^\p{Ll}{2,}(?:ed|ied)$/u

/** Verbs in the past tense not in `-ed`, as they follow a speaker: `FM Youssouf began (strictly protect)`, 09DJIBOUTI1425. */
const irregularPastVerbs: ReadonlySet<string> = new Set([
  'began', 'spoke', 'wrote', 'gave', 'made', 'took', 'went', 'came', 'held', 'led', 'sent', 'knew', 'found',
  'kept', 'brought', 'sought', 'chose', 'drew', 'became', 'spent', 'meant', 'understood', 'heard', 'saw', 'put',
  'set', 'let', 'read', 'shook', 'stood', 'sat', 'left', 'got', 'grew', 'showed', 'foresaw', 'withdrew', 'undertook',
])

/** Adverbs between a speaker and their verb: `also`, `then`, `later`, or a word in `-ly` (`privately`). */
function isAdverb(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (sentenceAdverbs.has(word) || speakerAdverbs.has(word) || (word.length > 4 && word.endsWith('ly') && !word.endsWith('ily')))
}

const speakerAdverbs: ReadonlySet<string> = new Set(['further', 'even', 'only', 'too', 'first', 'next', 'quickly', 'repeatedly', 'immediately', 'flatly', 'openly', 'frankly', 'bluntly'])

/** The auxiliaries of a listed verb of speech (`Bot has stated (protect)`, 04THEHAGUE3166). */
const speechAuxiliaries: ReadonlySet<string> = new Set(['has', 'had', 'have', 'was', 'is', 'were', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'been'])

/** Prepositions whose capitalised object before a marker is taken for a place or an organisation. */
const placePrepositions: ReadonlySet<string> = new Set(['at', 'from', 'with', 'near', 'inside', 'outside', 'within', 'to', 'by', 'under'])

/** Verbs of speech after which a marker protects the speaker: `Lingua said (protect)` (03VATICAN5164). */
const speechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'noted', 'stated', 'added', 'explained', 'commented', 'remarked', 'confided', 'claimed',
  'asserted', 'reported', 'confirmed', 'indicated', 'emphasized', 'emphasised', 'stressed', 'opined', 'observed',
  // and the other verbs a cable reports a source's words with (`Orbe suggested (protect)`,
  // `Arai argued (protect)`: read as a description, the person was released)
  'responded', 'replied', 'answered', 'argued', 'agreed', 'suggested', 'acknowledged', 'admitted', 'conceded',
  'insisted', 'warned', 'cautioned', 'continued', 'maintained', 'contended', 'countered', 'lamented',
  'complained', 'mentioned', 'underscored', 'underlined', 'predicted', 'speculated', 'worried', 'recalled',
  'professed', 'affirmed', 'reiterated', 'revealed', 'disclosed', 'alleged', 'estimated', 'assessed', 'asked',
  'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'expects', 'expected', 'hopes', 'hoped',
  'explains', 'notes', 'adds', 'states', 'claims', 'stresses', 'argues', 'agrees', 'suggests', 'insists',
  'warns', 'predicts', 'recalls', 'reports', 'confirms', 'acknowledges', 'admits', 'complains', 'mentions',
])

const pronouns: ReadonlySet<string> = new Set(['he', 'she', 'i', 'it', 'you', 'one'])

/** The name right after `offset` that a listed verb of speech or telling follows (`(protect) Medvedev said`). */
function speakerAfter(text: string, offset: number, pageBreaks: readonly Range[]): Run | undefined {
  const tokens = tokenize(text, offset, Math.min(text.length, offset + 80), pageBreaks)
  let verb = 0
  while (verb < 5 && tokens[verb]?.kind === 'word' && /^\p{Lu}/u.test(tokens[verb]!.text)) verb++
  const word = tokens[verb]
  if (verb === 0 || word?.kind !== 'word' || !/^\p{Ll}/u.test(word.text) || !isReportingVerb(word.text)) return undefined
  const run = readRun(tokens, verb - 1, text, true)
  return run.placeholder || run.tokens.length === 0 ? undefined : run
}

/** Whether a verb of speech is the next word after `offset` (`(protect) said`, `(protect), told`). */
function speechVerbAfter(text: string, offset: number): boolean {
  const next = /^[ \t\r\n,]*(\p{L}+)/u.exec(text.slice(offset, offset + 40))
  return next !== null && speechVerbs.has(next[1]!.toLowerCase())
}

/**
 * The name right before a verb of speech that stands right before the marker: a listed verb, or
 * in mixed-case text any verb in the past tense after a capitalised name (`Arcia interjected
 * (protect)`, `Firtash recounted (strictly protect)`); an adverb or two may stand between (`Firtash
 * also said (strictly protect)`, `Zardari then confirmed (protect)`, 08KYIV2414, released 76 times),
 * and before a listed verb its auxiliaries (`Bot has stated (protect)`).
 */
function readSpeaker(tokens: readonly Token[], index: number, text: string): Run | undefined {
  const verb = tokens[index]
  if (verb?.kind !== 'word') return undefined
  const listed = isReportingVerb(verb.text.toLowerCase())
  if (!listed && !pastTenseVerb.test(verb.text) && !irregularPastVerbs.has(verb.text)) return undefined
  let subject = index - 1
  // An auxiliary only before a listed verb: `The Report was released (protect)` names no one.
  const between = (word: string): boolean => isAdverb(word) || (listed && speechAuxiliaries.has(word))
  for (let adverbs = 0; adverbs < 3 && tokens[subject]?.kind === 'word' && between(tokens[subject]!.text); adverbs++) subject--
  // An unlisted verb only right after a capitalised name word in mixed-case text (`Khouri
  // interjected`; not `the meeting Khouri's staff attended`).
  if (!listed && !/^\p{Lu}\p{Ll}/u.test(tokens[subject]?.text ?? '')) return undefined
  const run = readRun(tokens, subject, text, true)
  if (run.placeholder) return run
  return run.tokens.length > 0 && !run.tokens.every((token) => pronouns.has(token.text.toLowerCase())) ? run : undefined
}

/**
 * Whether the name of `run` follows a preposition, alone or ending a list of capitalised words
 * (`DG for Counterterrorism`, `head of Amnesty`, `Joint Secretary for Pakistan, Afghanistan and
 * Iran`, 09NEWDELHI1778).
 */
function objectOfPreposition(text: string, run: Run): boolean {
  let at = run.tokens[0]?.start ?? 0
  for (let steps = 0; steps < 10 && at > 0; steps++) {
    let end = at
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
    if (text.charCodeAt(end - 1) === 44) {
      at = end - 1
      continue
    }
    let start = end
    while (start > 0 && end - start < 30 && isWordUnit(text.charCodeAt(start - 1))) start--
    const word = text.slice(start, end)
    if (word === '' || start === at) return false
    if (objectPrepositions.has(word.toLowerCase())) return true
    if (word !== 'and' && !/^\p{Lu}/u.test(word)) return false
    at = start
  }
  return false
}

const objectPrepositions: ReadonlySet<string> = new Set(['for', 'of', 'on', 'in', 'with', 'at', 'from'])

/**
 * Whether a comma stands before the capitalised words (a name's titles) that end at `start`: the
 * name is an item of a list (`President Mubarak, Intelligence Chief Soliman`).
 */
function afterListComma(text: string, start: number): boolean {
  let at = start
  for (let words = 0; words < 4; words++) {
    let end = at
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
    if (text.charCodeAt(end - 1) === 44) return true
    let begin = end
    while (begin > 0 && end - begin < 30 && isWordUnit(text.charCodeAt(begin - 1))) begin--
    if (begin === end || !/^\p{Lu}/u.test(text.slice(begin, end))) return false
    at = begin
  }
  return false
}

/** The speakers of the sentence before token `index`: the names before its verbs of speech (`Muasher said`), at most two. */
function speakersBefore(tokens: readonly Token[], index: number, text: string): Run[] {
  const found: Run[] = []
  for (let k = index; k > 0 && index - k < 80 && found.length < 2; k--) {
    if (stopsSentence(tokens, k)) break
    const word = tokens[k]!
    if (word.kind !== 'word' || !/^\p{Ll}/u.test(word.text) || !isReportingVerb(word.text)) continue
    const run = readSpeaker(tokens, k, text)
    if (run !== undefined && !run.placeholder) found.push(run)
  }
  return found
}

/** Whether `word` (lower case) is a listed verb of speech or of telling. */
function isReportingVerb(word: string): boolean {
  return speechVerbs.has(word) || tellingVerbs.has(word)
}

/** Verbs whose object is the one told: `Walter Veltroni told the Ambassador (protect)`. */
const tellingVerbs: ReadonlySet<string> = new Set([
  'told', 'tells', 'informed', 'informs', 'assured', 'assures', 'briefed', 'briefs', 'advised', 'advises',
  'warned', 'warns', 'reminded', 'reminds', 'promised', 'promises', 'urged', 'urges', 'cautioned', 'confirmed',
])

/** Words of the one told, before the marker: `us`, `the Ambassador`, `visiting PolOff`. */
const listenerWords: ReadonlySet<string> = new Set(['us', 'me', 'the', 'our', 'visiting', 'embassy', 'embassy\'s', 'mission', 'both'])

/**
 * The teller, where the marker follows the one told: `Walter Veltroni told the Ambassador
 * (protect)`, `told PolOff (protect)`, `said to us (protect)` (08ROME246). The marker protects
 * the source who spoke, not the post's officer who listened; read as a marker that names nobody,
 * the name before the verb was a candidate, and not taken where the cable wrote it often.
 */
function readTeller(tokens: readonly Token[], index: number, text: string): Run | undefined {
  let k = index
  // The one told: at most four words, each a title or a listed word (`the visiting Deputy Secretary`).
  while (k >= 0 && index - k < 4 && tokens[k]?.kind === 'word' && (isTitle(tokens[k]!.text) || listenerWords.has(lower(tokens[k]!.text)))) k--
  if (k === index) return undefined
  const verb = lower(tokens[k]?.text ?? '')
  // `said to the Ambassador`, `explained to us`: a verb of speech and `to`.
  if (verb === 'to' && speechVerbs.has(lower(tokens[k - 1]?.text ?? ''))) k--
  else if (!tellingVerbs.has(verb)) return undefined
  // The teller as a speaker is read, past an adverb or an auxiliary (`Garcia also told the
  // Ambassador (protect)`, 08BRASILIA880).
  return readSpeaker(tokens, k, text)
}

/**
 * A name with a dash between it and the marker (`Xavier Quorn -- (protect) said`): maybe the
 * person, maybe the end of a list item. Read as the name, and `uncertain`, so that the
 * sentence is withheld too.
 */
function readBeforeDash(tokens: readonly Token[], index: number, text: string): Run | undefined {
  let i = index
  while (i >= 0 && /^[-\u2013\u2014]$/u.test(tokens[i]?.text ?? '')) i--
  if (i === index || index - i > 2) return undefined
  const run = readRun(tokens, i, text)
  return run.tokens.length > 0 && !run.placeholder ? {...run, uncertain: true} : undefined
}

/** The words of a marker's own request around a name inside it (`strictly`, `please`, `again`…). */
const markerWords: ReadonlySet<string> = new Set(['strictly', 'please', 'again', 'urgently', 'protect', 'throughout', 'both'])

/**
 * A person named inside the marker, before `protect`: `(Rami Khouri -- strictly protect)`,
 * `(per Rami Khouri, STRICTLY PROTECT)`. The corpus shows these forms only with the archive's
 * `XXXXXXXXXXXX` where the name stood, but a cable of the unredacted release holds the name
 * itself, and its other mentions (`Khouri repeated it`) must go too. Read as a name run is
 * read before a marker; a capitalised word that is no name (`Amcit`) is redacted with it, which
 * fails closed.
 */
function readInsideName(text: string, site: MarkerSite, pageBreaks: readonly Range[]): Run | undefined {
  const start = site.marker.position.start.offset + 1
  const end = site.marker.position.end.offset
  const request = /protect/i.exec(text.slice(start, end))
  if (request === null) return undefined
  const tokens = tokenize(text, start, start + request.index, pageBreaks)
  // Or after the request (`(PROTECT -- Fares Hamdan)`, `(strictly protect: Rashid Qureshi)`).
  const rest = text.slice(start + request.index + request[0].length, end - 1)
  const after = /\p{Lu}/u.test(rest) ? tokenize(text, start + request.index + request[0].length, end - 1, pageBreaks) : []
  let first = 0
  while (first < after.length && (/^\p{Ll}+$/u.test(after[first]!.text) || !/\p{L}/u.test(after[first]!.text)) && after[first]!.kind !== 'placeholder') first++
  let stop = first
  while (stop < after.length && after[stop]!.kind === 'word' && (isNameWord(after[stop]!.text, upperContext(text, start)) || (stop > first && isParticle(after[stop]!.text)))) stop++
  if (stop > first) {
    const named = readRun(after, stop - 1, text)
    if (named.tokens.length > 0 && !named.placeholder) return named
  }
  let last = tokens.length - 1
  for (; last >= 0; last--) {
    const token = tokens[last]!
    if (token.kind === 'placeholder') return undefined
    if (/\p{L}/u.test(token.text) && !markerWords.has(token.text.toLowerCase())) break
  }
  if (last < 0) return undefined
  const run = readRun(tokens, last, text)
  return run.tokens.length > 0 && !run.placeholder ? run : undefined
}

/** A marker's request for several people: `(both protect)`, `(all strictly protect)`, `(protect them)`. */
const pluralMarker = /\b(?:both|all|each|them|two|three|four|sources|contacts|names|people|persons|individuals)\b/

/**
 * The people listed before `first` (the name at the marker) in its sentence: `A and B`, `A & B`,
 * and for a marker of several people `A, B and C`, `A, B, and C`. Each separator must have a name run before it; a title between is skipped
 * as `readRun` skips it (`Ali Hamdan and Dr. Omar Saleh`).
 */
function readListBefore(text: string, site: MarkerSite, first: Run, pageBreaks: readonly Range[], plural: boolean): Run[] {
  const firstToken = first.tokens[0]
  if (firstToken === undefined) return []
  const context = contextOf(text, site)
  const tokens = tokenize(text, Math.max(context.start, firstToken.start - 400), firstToken.start, pageBreaks)
  const members: Run[] = []
  let i = tokens.length - 1
  // Titles of the first name (`and Dr. Omar Saleh`) stand between it and the separator.
  while (i >= 0 && (tokens[i]!.text === '.' || isTitle(tokens[i]!.text))) i--
  for (let count = 0; count < 12 && i >= 0; count++) {
    // A comma only for a marker of several people: `MEETING WITH LAKHDAR BRAHIMI, BOURDON (PLEASE
    // PROTECT)` (01PARIS11204) protects Bourdon, not the man he met.
    const separator = tokens[i]!.text.toLowerCase()
    if (separator !== 'and' && separator !== '&' && !(separator === ',' && (plural || members.length > 0))) break
    i--
    if (separator === 'and' && tokens[i]?.text === ',') i--
    const run = readRun(tokens, i, text)
    // A word in capitals alone may be an organisation's acronym (`THEIR AIDES, BOURDON`), and for a
    // marker of one person one word alone a place (`BP President for Venezuela and Colombia Joe
    // Perez (protect throughout)`, 10CARACAS225): no member.
    // A one-word member for a one-person marker only after a one-word name (`Hamdan and Saleh (strictly protect)`: surnames).
    if (run.placeholder || run.tokens.length === 0 || (run.tokens.length < 2 && (run.uncertain === true || (!plural && first.tokens.length > 1)))) break
    members.push(run)
    i = run.before
    while (i >= 0 && (tokens[i]!.text === '.' || isTitle(tokens[i]!.text))) i--
  }
  return members
}

/**
 * The name runs of `text[from, to)` (a marker's sentence, before it) that may be the person (or,
 * for a marker of `several`, the people): each
 * run of two name words or more (`Rami Khouri in Damascus (protect)`), and in mixed-case text one
 * word alone (`Khouri told us (protect)`) but for the words {@link sentenceCandidates} leaves.
 * Fail closed: a place or an organisation read so is redacted throughout, a person missed would
 * be released.
 */
function sentenceCandidates(text: string, from: number, to: number, pageBreaks: readonly Range[], words: TextWords, several = false): Run[] {
  const tokens = tokenize(text, from, to, pageBreaks)
  const upperMode = upperContext(text, to)
  const runs: Run[] = []
  let current: Token[] = []
  const close = (before: number): void => {
    while (current.length > 0 && isParticle(current.at(-1)!.text)) current.pop()
    // Words before an organisation's word are its name (`British High Commission`, `Royal Africa Society`).
    const next = tokens[before + current.length + 1]
    const organisation = next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && notNames.has(next.text.toLowerCase())
    // In a run of several words, a word the cable writes very often opening it is its subject
    // (`Africa Confidential`, 38 times `Africa`), not a name. Only opening it: at the end it is
    // the surname (`Swiss State Secretary Michael Ambuhl, in Tripoli for talks on the detained
    // Swiss citizens (protect)`, 09TRIPOLI832, 23 times `Ambuhl`), and taking the given name
    // alone released it. Not for a marker of `several` people, whose words name them: `… for
    // Africa Ann Pickard and … Peter Francis (both protect)`, 09ABUJA259.
    if (!several) {
      while (current.filter((token) => !isParticle(token.text)).length >= 2 && (isParticle(current[0]!.text) || words.count(current[0]!.text) >= frequentRunWord)) current.shift()
    }
    const nameWords = current.filter((token) => !isParticle(token.text))
    const single = nameWords.length === 1 ? nameWords[0]!.text : undefined
    // One word alone may be a place, a people or an ordinary word opening the sentence: taken only
    // in mixed-case text, not after a preposition (`in Baku`), when the text never writes it in
    // lower case (`Recently`), and when the cable does not write it again and again (`Africa`,
    // `Iranian`: its subject, not a source's name).
    // A family's name before a word for its members is one (`the Khouri brothers (protect)`).
    const family = familyWords.has(next?.text.toLowerCase() ?? '')
    // The subject of a verb of speech is a person however often the cable names them (`Labor Party
    // leader Bos told the Ambassador in confidence (STRICTLY PROTECT)`, 09THEHAGUE514: 13 times).
    const speaker = speechVerbs.has(next?.text.toLowerCase() ?? '')
    const alone =
      single !== undefined &&
      !upperMode &&
      (family || !placeOpeners.has(tokens[before]?.text.toLowerCase() ?? '')) &&
      !words.writtenInLowerCase(single) &&
      !isCommonWord(single) &&
      (speaker || words.count(single) < frequentWord)
    if (!organisation && (nameWords.length >= 2 || alone)) runs.push({tokens: current, titles: [], placeholder: false, before})
    current = []
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'word' && isNameWord(token.text, upperMode)) current.push(token)
    else if (token.kind === 'word' && current.length > 0 && isParticle(token.text)) current.push(token)
    else if (!(token.text === '.' && current.length > 0 && /^\p{Lu}$/u.test(current.at(-1)!.text))) close(i - current.length - 1)
  }
  close(tokens.length - current.length - 1)
  return runs
}

/** How often a word written alone this often in one cable is taken for its subject rather than a source's name. */
const frequentWord = 8

/** The same, for a word inside a run of name words: counted up to this. */
const frequentRunWord = 20

/** Words for the members of a family, after its name. */
const familyWords: ReadonlySet<string> = new Set(['brothers', 'brother', 'sisters', 'sister', 'family', 'clan', 'cousins', 'sons', 'daughters', 'siblings', 'couple'])

/** Words before a place's name: its name alone before a marker is no person. */
const placeOpeners: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'the', 'into', 'across'])

/**
 * Words before a place, an office's remit or an institution that end a description (`Vice
 * President for Africa`, `in Eastern Venezuela`, `of the Foreign Ministry`), not before a person's
 * name (`the bona fides of Avram Balabanovich`, `met with John Smith`).
 */
const descriptionEnders: ReadonlySet<string> = new Set(['in', 'at', 'for', 'near', 'into', 'across', 'the'])

/**
 * What the redactor asks of the words of a whole text: how often a word is written, in any case,
 * and whether it is ever written in lower case. Asked of a few words per cable, each answer is a
 * search of the text with `indexOf`; past {@link wordQueryLimit} different words, the text's words
 * are read once into maps instead. Both read a word as the redactor's tokens do (letters, marks
 * and digits, joined by an apostrophe or hyphen between two of them). Reading every cable's words
 * into maps up front made a 5 MB cable's redaction three times slower (bench/RESULTS.md).
 */
export class TextWords {
  private loweredText: string | undefined
  private queried = 0
  private counts: Map<string, number> | undefined
  private lowerCase: Set<string> | undefined
  private readonly known = new Map<string, number>()
  private readonly knownLower = new Map<string, boolean>()

  constructor(readonly text: string) {}

  /** How many times `word` is written as a whole word, in any case, counted up to {@link frequentRunWord}. */
  count(word: string): number {
    const key = word.toLowerCase()
    const cached = this.known.get(key)
    if (cached !== undefined) return cached
    let count = 0
    if (this.readAll()) count = Math.min(this.counts!.get(key) ?? 0, frequentRunWord)
    else {
      const lowered = this.lowered()
      for (let at = lowered.indexOf(key); at !== -1 && count < frequentRunWord; at = lowered.indexOf(key, at + 1)) {
        if (isWholeWordAt(lowered, at, key.length)) count++
      }
    }
    this.known.set(key, count)
    return count
  }

  /** The text in lower case, made when first asked. */
  lowered(): string {
    return (this.loweredText ??= this.text.toLowerCase())
  }

  /** Whether the text writes `word` in lower case somewhere, as a whole word. */
  writtenInLowerCase(word: string): boolean {
    const key = word.toLowerCase()
    const cached = this.knownLower.get(key)
    if (cached !== undefined) return cached
    let found = false
    if (this.readAll()) found = this.lowerCase!.has(key)
    else {
      for (let at = this.text.indexOf(key); at !== -1 && !found; at = this.text.indexOf(key, at + 1)) found = isWholeWordAt(this.text, at, key.length)
    }
    this.knownLower.set(key, found)
    return found
  }

  /** Whether the words are read into maps (after many different words were asked). */
  private readAll(): boolean {
    if (this.counts !== undefined) return true
    if (++this.queried <= wordQueryLimit) return false
    const counts = new Map<string, number>()
    const lowerCase = new Set<string>()
    // By code unit rather than with the token pattern: its Unicode classes, a match object per
    // word, took a second for a 20 MB cable, each time its words were read.
    const text = this.text
    let at = 0
    while (at < text.length) {
      if (!isWordUnit(text.charCodeAt(at))) {
        at++
        continue
      }
      const start = at
      for (;;) {
        while (at < text.length && isWordUnit(text.charCodeAt(at))) at++
        if (at + 1 < text.length && joinerUnits.has(text.charCodeAt(at)) && isWordUnit(text.charCodeAt(at + 1))) at++
        else break
      }
      const written = text.slice(start, at)
      const key = written.toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
      if (written === key) lowerCase.add(key)
    }
    this.counts = counts
    this.lowerCase = lowerCase
    return true
  }
}

/** How many different words {@link TextWords} searches for before it reads the whole text's words. */
const wordQueryLimit = 16

let lastTextWords: TextWords | undefined

/**
 * The {@link TextWords} of `text`, kept for the next call on the same text: the lint rule, the
 * redaction and its verification each find the entities of one cable, and reading a 20 MB cable's
 * words took a second each time.
 */
export function textWordsOf(text: string): TextWords {
  if (lastTextWords?.text !== text) lastTextWords = new TextWords(text)
  return lastTextWords
}

const wordCode = /[\p{L}\p{M}\p{N}]/u

/** The joiners of {@link joinerCodes} as code units. */
const joinerUnits: ReadonlySet<number> = new Set([39, 0x2019, 0x2bc, 0x2010, 0x2011, 45])

/** Per UTF-16 code unit from 128: 0 not yet asked, 1 a letter, mark or digit, 2 not. */
const nonAsciiWordUnits = new Uint8Array(0x10000)

/**
 * Whether a code unit is a letter, mark or digit (`wordCode`); a surrogate counts as one, as the
 * astral letters it mostly makes do. ASCII by comparison, the rest asked of the pattern once.
 */
function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  if (code >= 0xd800 && code <= 0xdfff) return true
  let known = nonAsciiWordUnits[code]!
  if (known === 0) {
    known = wordCode.test(String.fromCharCode(code)) ? 1 : 2
    nonAsciiWordUnits[code] = known
  }
  return known === 1
}
const joinerCodes = new Set(["'", '’', 'ʼ', '\u2010', '\u2011', '-'])

/** Whether `text[at, at + length)` is a whole token: no word character, nor a joiner before one, on either side. */
function isWholeWordAt(text: string, at: number, length: number): boolean {
  const before = text.charAt(at - 1)
  if (before !== '' && (wordCode.test(before) || (joinerCodes.has(before) && wordCode.test(text.charAt(at - 2))))) return false
  const after = text.charAt(at + length)
  return !(after !== '' && (wordCode.test(after) || (joinerCodes.has(after) && wordCode.test(text.charAt(at + length + 1)))))
}

const possessiveAfter = /^['’]s(?![\p{L}\p{M}\p{N}])/u

/**
 * How many given names a person gathers from the mentions of their surname. Several people may
 * share it (`Marina Silva`, `Luiz Inacio Lula da Silva` in 08BRASILIA278): the person's own must
 * not be crowded out by the others', all of which are protected (fail closed).
 */
const maxGivenNames = 8
const possessiveEnd = /['’]s$/

/** Add `name` to a person's gathered `names` (before them, or after) unless it is there, up to {@link maxGivenNames}. */
function addName(names: string[], name: string, before: boolean): void {
  const key = name.toLowerCase()
  if (names.length >= maxGivenNames || names.some((known) => known.toLowerCase() === key)) return
  if (before) names.unshift(name)
  else names.push(name)
}

/**
 * For each person named by one word at a marker (`Khouri (protect)`), the capitalised words
 * written right before that word anywhere in `text` (`Rami` of `met journalist Rami Khouri`), read
 * as given names: at most three (`Jose Luis Rodriguez Zapatero`), past particles and initials,
 * name words, no title, no word the text writes in lower case but a common word that is a given
 * name (`Frank`), none after a preposition (`to Washington Khouri`); see `isGivenName`. And the
 * name word written right after it (for a candidate, one the cable writes less than eight times): the given name after a family
 * name (`AFM Cui (protect)`, `Cui Tiankai`; `FM Yu`, `Yu Myung-hwan`) or the surname after a given
 * name (`Anwar (strictly protect)`, `Anwar Ibrahim`). A mention after an article's hyphen counts
 * (`Abubakr al-Qirbi` for `Qirbi (protect)`). A search
 * per person for a few; for many, one pass over the text's words (a search each is quadratic).
 */
function addGivenNames(text: string, people: readonly Entity[], words: TextWords, pageBreaks: readonly Range[]): void {
  const given = new Map<Entity, string[]>()
  const following = new Map<Entity, string[]>()
  const takeAfter = (person: Entity, mention: Token, next: Token | undefined): void => {
    // Not after a mention in capitals (a heading's: `… TAIEB FASSI FIHRI`, then `Classified By:`
    // after the blank line, 08RABAT185), nor past a blank line.
    if (next === undefined || isUpper(mention.text) || blankLineBetween(text, mention.end, next.start)) return
    if (!isNameAfter(next.text, isUpper(person.tokens[lastNameWordIndex(person.tokens)]!) && isUpper(mention.text), words)) return
    // For a candidate, not a word the cable writes often: rather its subject (see `isGivenName`).
    if (person.candidate === true && words.count(next.text) >= frequentWord) return
    const found = following.get(person) ?? []
    addName(found, next.text, false)
    following.set(person, found)
  }
  // The parts of the words joined by a hyphen (`President-elect`), lower case, read when first asked:
  // a word written once alone may be written again in one, where the search for a name finds it too.
  let hyphenParts: Set<string> | undefined
  const joinedParts = (): ReadonlySet<string> => (hyphenParts ??= partsOfHyphenatedWords(text))
  const take = (person: Entity, recent: readonly Token[], mention: Token): void => {
    // The surname's case, not an acronym's read with it (`AFRICOM Ward`); a surname read in
    // capitals (`SUBJECT: NIGERIA: SARAKI (PROTECT)`) is written in mixed case in the body, where
    // the given names before it are too (`Governor Bukola Saraki`, audit M: `Bukola` was released).
    const upperMode = isUpper(person.tokens[lastNameWordIndex(person.tokens)]!) && isUpper(mention.text)
    // A mention in capitals in a cable written in mixed case: a heading's (`SUBJECT: … MINISTER OF
    // FOREIGN AFFAIRS TAIEB FASSI FIHRI`, 08RABAT185), where the given name may be written alone.
    const inCapitals = !upperMode && isUpper(mention.text) && upperContext(text, mention.start)
    const found = given.get(person) ?? []
    for (let back = recent.length - 1, taken = 0; back >= 0 && taken < 3; back--, taken++) {
      // A nickname in quotes between the given name and the surname (`Porfirio "Pepe" Lobo`,
      // 10TEGUCIGALPA65): its words are the person's too, and the given name is read before it.
      const quote = recent[back]!.text
      if ((quote === '"' || quote === '”') && recent[back - 2]?.text === (quote === '"' ? '"' : '“') && recent[back - 1]?.kind === 'word' && /^\p{Lu}/u.test(recent[back - 1]!.text)) {
        addName(found, recent[back - 1]!.text, true)
        back -= 2
        taken--
        continue
      }
      const word = recent[back]!
      // A particle or an initial between the given name and the surname (`Herve de Charette`,
      // `Mohammed bin Nayif`, `William E. Ward`) is passed over: the name word before it is sought.
      // A particle that is a given name where it opens the name is one (`Des Browne`, `Ben Wedeman`).
      if (word.kind === 'word' && openingNames.has(word.text) && !isNameWord(recent[back - 1]?.text ?? '', upperMode)) {
        addName(found, word.text, true)
        break
      }
      if (word.kind === 'word' && isParticle(word.text) && back > 0) {
        taken--
        continue
      }
      if (word.text === '.' && recent[back - 1]?.kind === 'word' && /^\p{Lu}$/u.test(recent[back - 1]!.text) && back > 1) {
        back--
        taken--
        continue
      }
      if (inCapitals) {
        // Every word there is in capitals: only one the cable writes nowhere else, no common word.
        if (word.kind !== 'word' || !isNameWord(word.text, true) || isCommonWord(word.text) || words.count(word.text) !== 1 || words.writtenInLowerCase(word.text.toLowerCase()) || joinedParts().has(word.text.toLowerCase()) || placeOpeners.has(recent[back - 1]?.text.toLowerCase() ?? '')) break
        addName(found, word.text, true)
        continue
      }
      if (word.kind !== 'word' || !isGivenName(text, word, recent[back - 1], upperMode, words, person.candidate === true)) break
      // An office's object after its title's `for` (`Under Secretary for Asia Roberto Jaguaribe`,
      // 09BRASILIA1401 in audit H: Asia was redacted throughout).
      if (lower(recent[back - 1]?.text ?? '') === 'for' && isTitle(recent[back - 2]?.text ?? '')) break
      addName(found, word.text, true)
    }
    given.set(person, found)
  }
  const lowered = words.lowered()
  if (people.length <= wordQueryLimit && lowered.length === text.length) {
    // A few people: each surname found by `indexOf`, the words before it read from a window.
    for (const person of people) {
      const key = givenNameKey(person.tokens)
      for (let at = lowered.indexOf(key); at !== -1; at = lowered.indexOf(key, at + 1)) {
        // The name in a possessive too (`Minister Khaled Omari's chief of staff`), and after an
        // article's hyphen (`al-Qirbi`).
        const whole = isWholeWordAt(lowered, at, key.length)
        const possessive = !whole && isWholeWordAt(lowered, at, key.length + 2) && possessiveAfter.test(lowered.slice(at + key.length, at + key.length + 3))
        const from = whole || possessive ? at : at - joinedArticleBefore(lowered, at)
        if (!whole && !possessive && !(from < at && isWholeWordAt(lowered, from, at - from + key.length))) continue
        const window = tokenize(text, Math.max(0, from - 80), from, pageBreaks)
        const mention: Token = {text: text.slice(at, at + key.length), start: at, end: at + key.length, kind: 'word'}
        take(person, window.slice(-7), mention)
        if (whole) takeAfter(person, mention, tokenize(text, at + key.length, Math.min(text.length, at + key.length + 60), pageBreaks)[0])
      }
    }
  } else {
    // Many: one pass over the text's words for all of them (a search each made such a cable quadratic).
    const bySurname = new Map<string, Entity>()
    for (const person of people) {
      const key = givenNameKey(person.tokens)
      if (!key.includes(' ')) bySurname.set(key, person)
    }
    const recent: Token[] = []
    let previous: Entity | undefined
    let previousToken: Token | undefined
    for (const match of text.matchAll(tokenPattern)) {
      const token: Token = {text: match[0], start: match.index, end: match.index + match[0].length, kind: 'word'}
      if (previous !== undefined) takeAfter(previous, previousToken!, token)
      const word = token.text.toLowerCase()
      // The name, in a possessive, or after an article's hyphen (`al-Qirbi`).
      const exact = bySurname.get(word)
      const person = exact ?? bySurname.get(word.replace(possessiveEnd, '')) ?? bySurname.get(word.slice(joinedArticleLength(word)))
      if (person !== undefined) take(person, recent, token)
      previous = exact
      previousToken = token
      recent.push(token)
      if (recent.length > 6) recent.shift()
    }
  }
  for (const [person, names] of given) {
    if (names.length === 0) continue
    person.tokens = [...names, ...person.tokens]
    person.surnameIndex = lastNameWordIndex(person.tokens)
  }
  for (const [person, names] of following) person.tokens = [...person.tokens, ...names]
}

/** The lower-case parts of every word of `text` joined by a hyphen (`president`, `elect`). */
function partsOfHyphenatedWords(text: string): Set<string> {
  const parts = new Set<string>()
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    if (!isWordUnit(text.charCodeAt(at - 1)) || !isWordUnit(text.charCodeAt(at + 1))) continue
    let start = at - 1
    while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
    parts.add(text.slice(start, at).toLowerCase())
    parts.add(text.slice(at + 1, end).toLowerCase())
    at = end - 1
  }
  return parts
}

/** Whether a blank line stands between `start` and `end`. */
function blankLineBetween(text: string, start: number, end: number): boolean {
  return end - start > 1 && /\n[ \t\r]*\n/.test(text.slice(start, end))
}

/**
 * The names `text` gives as standing for `alias`: before `(ALIAS)` or `(aka "ALIAS")` (also
 * `a.k.a.`, `alias`, `known as`, `nicknamed`), at most three definitions, each up to five words.
 */
function namesDefining(text: string, alias: string, pageBreaks: readonly Range[]): string[][] {
  const names: string[][] = []
  for (let at = text.indexOf(alias); at !== -1 && names.length < 3; at = text.indexOf(alias, at + alias.length)) {
    if (isWordUnit(text.charCodeAt(at - 1)) || isWordUnit(text.charCodeAt(at + alias.length))) continue
    const lead = aliasLead.exec(text.slice(Math.max(0, at - 24), at))
    if (lead === null) continue
    const closing = text.slice(at + alias.length, at + alias.length + 2)
    if (!/^["”]?\)/u.test(closing)) continue
    const end = at - lead[0].length
    const tokens = tokenize(text, Math.max(0, end - 120), end, pageBreaks)
    const run = readRun(tokens, tokens.length - 1, text)
    const words = run.tokens.filter((token) => !isParticle(token.text)).map((token) => token.text)
    if (!run.placeholder && words.length >= 2) names.push(words)
  }
  return names
}

/** What opens an alias's definition after a name: `(`, `(aka "`, `(a.k.a. `, `(known as `. */
const aliasLead = /\((?:(?:a\.?k\.?a\.?|alias|known as|also known as|nicknamed|called)[:,]? )?["“]?$/u

/** Arabic articles written joined to a name by a hyphen (`al-Qirbi`, `ad-Din`), lower case. */
const joinedArticles: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ud', 'ul', 'ur', 'ed', 'es', 'ez'])

function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011
}

/** The length of the article and hyphen opening `word` (lower case), or 0. */
function joinedArticleLength(word: string): number {
  for (let length = 2; length <= 3; length++) if (isHyphenCode(word.charCodeAt(length)) && joinedArticles.has(word.slice(0, length))) return length + 1
  return 0
}

/** The length of an article and hyphen written right before `at` in `lowered`, or 0. */
function joinedArticleBefore(lowered: string, at: number): number {
  if (!isHyphenCode(lowered.charCodeAt(at - 1))) return 0
  for (let length = 2; length <= 3 && at - 1 - length >= 0; length++) if (joinedArticles.has(lowered.slice(at - 1 - length, at - 1))) return length + 1
  return 0
}

/**
 * Whether `word`, written right after a person's one-word name in mixed-case text, is the rest
 * of their name: a capitalised name word, no title, no common word, no adverb, no word
 * the text writes in lower case, no word for a family or a place's preposition.
 */
function isNameAfter(word: string, upperMode: boolean, words: TextWords): boolean {
  // In capitals any word would do (`BOURDON SAID`): mixed case only.
  if (upperMode || !isNameWord(word, false) || !/^\p{Lu}\p{Ll}/u.test(word)) return false
  const lowerWord = word.toLowerCase()
  return !isCommonWord(lowerWord) && !sentenceAdverbs.has(lowerWord) && !familyWords.has(lowerWord) && !placeOpeners.has(lowerWord) && !words.writtenInLowerCase(lowerWord)
}

/**
 * The words of a person's name sought for given names before them, lower case: the name, or
 * the surname alone after an acronym read with it at the marker (`FM Varela (protect)`, `LDP
 * Aso`, `ASD Vershbow`), which the cable writes elsewhere after the given names (`Juan Carlos Varela`).
 */
function givenNameKey(tokens: readonly string[]): string {
  const acronym = tokens.length === 2 && isUpper(tokens[0]!) && !isUpper(tokens[1]!)
  // Without the initials after the surname (`Petrenko V.D. (protect)`, written `Vladimir Petrenko`).
  return (acronym ? tokens[1]! : tokens.slice(0, lastNameWordIndex(tokens) + 1).join(' ')).toLowerCase()
}

/**
 * Whether `word`, before a one-word person's name (after `before`), is read as a given name of
 * theirs. A word the cable writes eight times or more is taken only for a person read at a marker:
 * before a candidate's name (a word of a sentence that may be no person) it is rather the cable's
 * subject; before a protected person's it is their given name however often the cable names them
 * (`Antonio Delfim Netto`, 17 times `Delfim`; `Dr. Idriss Juma'a Boufayed`).
 */
function isGivenName(text: string, word: Token, before: Token | undefined, upperMode: boolean, words: TextWords, candidate: boolean): boolean {
  if (!isNameWord(word.text, upperMode) || (isUpper(word.text) && !upperMode)) return false
  // `DAS-equivalent Laurent`, `President-elect Lobo`: every part of a given name is capitalised.
  if (word.text.split(/[-\u2010\u2011]/).some((part) => part !== '' && !/^\p{Lu}/u.test(part) && !isParticle(part))) return false
  const lower = word.text.toLowerCase()
  // A word opening a sentence is taken too (`Rami Khouri said …`, `-- Rami Khouri, lawyer`): one
  // the text never writes in lower case, at worst an adverb written once (`Although Khouri`).
  if (sentenceAdverbs.has(lower) || (candidate && words.count(lower) >= frequentWord)) return false
  // A common word that is also a given name (`Frank Pearl`, `Will Gelling`, `Bob Birrell said`; of
  // two letters, only after a word): its mentions are sought capitalised only (common-words.ts).
  if (isCommonWord(lower)) {
    if (candidate || (lower.length < 3 && (before?.kind !== 'word' || !/^[\p{L}\p{N}]/u.test(before.text)))) return false
  } else if (words.writtenInLowerCase(lower)) return false
  return !placeOpeners.has(before?.text.toLowerCase() ?? '')
}

function surnameIndexOf(tokens: readonly string[]): number {
  const first = tokens[0]
  if (first !== undefined && tokens.length <= 3 && chineseSurnames.has(first.toLowerCase())) return 0
  return lastNameWordIndex(tokens)
}

/** The index of the last token of two letters or more: the surname before initials written after it (`Petrenko V D`). */
function lastNameWordIndex(tokens: readonly string[]): number {
  let index = tokens.length - 1
  while (index > 0 && !/\p{L}.*\p{L}/u.test(tokens[index]!)) index--
  return index
}

/** The tokens of two letters or more: a name's words without its initials. */
function nameWordsOf(tokens: readonly string[]): string[] {
  return tokens.filter((token) => /\p{L}.*\p{L}/u.test(token))
}

/** The comparable words of a name: no particles, lower case. */
function keyWords(tokens: readonly string[]): string[] {
  return tokens.filter((token) => !isParticle(token)).map((token) => token.toLowerCase())
}

function sameOrPart(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  return small.length > 0 && small.every((word) => large.includes(word))
}

/** Insert `index` into `list`, kept in ascending order, unless it is there. */
function insertOrdered(list: number[], index: number): void {
  let at = list.length
  while (at > 0 && list[at - 1]! > index) at--
  if (list[at - 1] !== index) list.splice(at, 0, index)
}

/** The set of `words` as one string, the same for the same words in any order or number. */
function setKey(words: Iterable<string>): string {
  return [...new Set(words)].sort().join('\u0000')
}

/** Above this many different words, a name's subsets are too many to look up one by one. */
const subsetLookupWords = 12

/**
 * The people found so far, by index, each with the key words of its name, for finding the
 * first person a new name is the same as or part of (`sameOrPart`). Comparing each name with
 * every person before it made a cable naming thousands of people quadratic (4,000 people:
 * seconds; thousands sharing a word, `X Quorn and Y Zed (strictly protect both)`: 40 s for 2 MB).
 *
 * `sameOrPart` holds only where one name's words are among the other's. A person whose words
 * hold all of the new name's is among the holders of its rarest word; a person whose words
 * are among the new name's has, as its set of words, one of the subsets of the new name's.
 * Both are looked up; each candidate is still checked with `sameOrPart` itself.
 */
export class PeopleIndex {
  private readonly wordsOf: string[][] = []
  /** For each word, the people whose name has it, in ascending order. */
  private readonly byWord = new Map<string, number[]>()
  /** For each set of words (`setKey`), the people whose name is exactly that set, ascending. */
  private readonly bySet = new Map<string, number[]>()

  words(index: number): readonly string[] {
    return this.wordsOf[index] ?? []
  }

  add(words: string[]): void {
    this.wordsOf.push(words)
    this.index(this.wordsOf.length - 1, words)
  }

  /** A person's name grew (`Li Li`, then `Li Qing`): its new words hold the old ones. */
  rename(index: number, words: string[]): void {
    const old = this.bySet.get(setKey(this.words(index)))
    const at = old?.indexOf(index) ?? -1
    if (at !== -1) old?.splice(at, 1)
    this.wordsOf[index] = words
    this.index(index, words)
  }

  /** The first person `sameOrPart` with `words`, or `undefined`. */
  find(words: readonly string[]): number | undefined {
    const unique = [...new Set(words)]
    if (unique.length === 0) return undefined
    let found: number | undefined
    const firstOf = (candidates: readonly number[] | undefined): void => {
      for (const index of candidates ?? []) {
        if (found !== undefined && index >= found) return
        if (sameOrPart(this.words(index), words)) {
          found = index
          return
        }
      }
    }
    const holders = unique.map((word) => this.byWord.get(word) ?? [])
    if (unique.length > subsetLookupWords) {
      for (const list of holders) firstOf(list)
      return found
    }
    firstOf(holders.reduce((rarest, list) => (list.length < rarest.length ? list : rarest)))
    for (let subset = 1; subset < 1 << unique.length; subset++) {
      firstOf(this.bySet.get(setKey(unique.filter((_, bit) => (subset & (1 << bit)) !== 0))))
    }
    return found
  }

  private index(index: number, words: readonly string[]): void {
    for (const word of new Set(words)) {
      const holders = this.byWord.get(word)
      if (holders === undefined) this.byWord.set(word, [index])
      else insertOrdered(holders, index)
    }
    const key = setKey(words)
    const same = this.bySet.get(key)
    if (same === undefined) this.bySet.set(key, [index])
    else insertOrdered(same, index)
  }
}

/**
 * Find the protected people of a parsed cable, and the spans that follow from the markers
 * alone: the name before each marker (`protected-name`) and the sentence around each marker
 * that names nobody (`unnamed-protected-source`). Mentions elsewhere are `mentions.ts`.
 */
export function findEntities(text: string, tree: Root): EntityResult {
  const {markers, pageBreaks} = gatherTreeFacts(tree)
  const sentences = new SentenceReader(text)
  const entities: Entity[] = []
  const resolutions: MarkerResolution[] = []
  const spans: Span[] = []

  const people = new PeopleIndex()
  /** The furthest end of a `protected-name` span starting at each offset. */
  const nameEnds = new Map<number, number>()
  const textWords = textWordsOf(text)
  const descriptionPlaces: DescriptionPlaces = {places: new Map(), names: new Map()}
  const titlePlacesSeen = new Map<string, readonly TitlePlace[]>()
  const officePlaces: OfficePlaces = {nouns: new Map(), places: new Map()}

  const addPerson = (run: Run, marker: ProtectMarker, candidate = false): Entity => {
    const words = run.tokens.map((token) => token.text)
    const start = run.tokens[0]?.start ?? 0
    const end = run.tokens.at(-1)?.end ?? 0
    const key = keyWords(words)
    const index = people.find(key)
    let entity: Entity
    if (index === undefined) {
      entity = {
        label: `P${entities.length + 1}`,
        tokens: words,
        surnameIndex: surnameIndexOf(words),
        titles: [],
        markers: [],
        names: [],
        candidate,
      }
      people.add(key)
      entities.push(entity)
    } else {
      entity = entities[index]!
      if (!candidate) entity.candidate = false
      if (new Set(key).size > new Set(people.words(index)).size) {
        // The longer name, so that every word of it is searched (`Li Li`, then `Li Qing`). Its key
        // words hold the shorter name's, so the index only gains words.
        entity.tokens = words
        entity.surnameIndex = surnameIndexOf(words)
        people.rename(index, key)
      }
    }
    for (const title of run.titles) if (!entity.titles.includes(title)) entity.titles.push(title)
    entity.markers.push(marker.position.start.offset)
    entity.names.push({start, end})
    // A name split by a page-continuation line keeps that line: one span per token then.
    const gap = hasBreakWithin(pageBreaks, start, end)
    const pieces = gap ? run.tokens.map((token) => ({start: token.start, end: token.end})) : [{start, end}]
    for (const piece of pieces) {
      spans.push({...piece, reason: 'protected-name', rule: 'protect-marker', entity: entity.label})
      nameEnds.set(piece.start, Math.max(nameEnds.get(piece.start) ?? -1, piece.end))
    }
    return entity
  }

  /** A name of a marker's sentence that may be the person, unless it is a name read already. */
  const addCandidate = (run: Run, marker: ProtectMarker): void => {
    // Looked up by where the name starts: a search of every span for each candidate made a cable
    // of thousands of nameless markers quadratic.
    if ((nameEnds.get(run.tokens[0]!.start) ?? -1) < run.tokens.at(-1)!.end) addPerson(run, marker, true)
  }

  for (const site of markers) {
    const {marker} = site
    const run = withoutPlaceReadings(text, resolveMarker(text, site, pageBreaks, textWords))
    if (run?.placeholder === true) {
      resolutions.push({kind: 'placeholder', marker})
      continue
    }
    // `The Deputy Minister (protect), Fuad Hamza, said`, `A contact (protect) -- Colonel Bassam Zein
    // -- said`, `Mr. and Mrs. Tannous (protect), Georges and Mona, told`: names set off right after
    // the marker. The person where the marker names nobody; who may be where it names someone.
    // After the object of a preposition too (`Deputy DG for Counterterrorism (strictly protect)
    // Gerhard Schindler`, 06HAMBURG85): the words at the marker may be the office's, not a name.
    const unsure = run === undefined || objectOfPreposition(text, run)
    // A name that is an item of a comma list has the next item after its marker, no apposition
    // (`President Mubarak, Intelligence Chief Soliman (protect), Interior Minister Adly, and …`).
    const listItem = run !== undefined && run.tokens.length > 0 && afterListComma(text, run.tokens[0]!.start)
    if (!listItem) for (const named of namesSetOffAt(text, marker.position.end.offset, pageBreaks, unsure)) addPerson(named, marker, run !== undefined)
    for (const named of realNameAfter(text, site, pageBreaks)) addPerson(named, marker)
    if (run === undefined) {
      // Each name once, however many markers' descriptions lead to it (`addCandidate`).
      for (const named of namesOfDescription(text, site, pageBreaks, textWords, descriptionPlaces)) addCandidate(named, marker)
      for (const named of namesOfQualifiedOffice(text, site, pageBreaks, textWords, officePlaces)) addCandidate(named, marker)
      for (const named of namesOfTitle(text, site, pageBreaks, titlePlacesSeen)) addCandidate(named, marker)
      const sentence = protectedSentence(sentences, text, site)
      resolutions.push({kind: 'unnamed', marker, sentence})
      spans.push({...sentence, reason: 'unnamed-protected-source', rule: 'protect-marker'})
      // Withholding the sentence hides only this mention: the person it names in a way not read
      // here (`Rami Khouri in Damascus (protect)`, `John Major (protect)`) is named again elsewhere.
      const own = sentenceCandidates(text, sentence.start, marker.position.start.offset, pageBreaks, textWords)
      for (const candidate of own) addCandidate(candidate, marker)
      // `Ghanem expects a reshuffle. He also said (protect) that …` (08TASHKENT153): a pronoun names
      // the person of the sentence before; its names are protected too.
      // Not where the marker follows a description (`He specified that the Portuguese Ambassador
      // (strictly protect)`, 09TRIPOLI1024), nor where the sentence before has a marker of its own
      // (`Sanchez (please protect) said … Chavez. He specifically noted (again, please protect)`).
      const beforeMarker = text.slice(sentence.start, marker.position.start.offset)
      if (own.length === 0 && pronounBefore.test(beforeMarker) && !describes(beforeMarker)) {
        const context = contextOf(text, site)
        const previous = sentences.around(Math.max(context.start, sentence.start - 2), Math.max(context.start, sentence.start - 1), context)
        if (previous.start < sentence.start && !/protect/i.test(text.slice(previous.start, sentence.start))) {
          for (const candidate of sentenceCandidates(text, previous.start, sentence.start, pageBreaks, textWords)) addCandidate(candidate, marker)
        }
      }
      continue
    }
    // `(strictly protect this reference)`, `(please PROTECT for comments in this paragraph)`:
    // the statement is protected as well as the person.
    if (/\bthis reference\b/.test(marker.form)) {
      spans.push({...protectedSentence(sentences, text, site), reason: 'unnamed-protected-source', rule: 'protect-marker'})
    }
    if (/\bthis paragraph\b/.test(marker.form)) {
      const context = contextOf(text, site)
      spans.push({...trimRange(text, context.start, context.end), reason: 'unnamed-protected-source', rule: 'protect-marker'})
    }
    if (run.uncertain === true) spans.push({...protectedSentence(sentences, text, site), reason: 'unnamed-protected-source', rule: 'protect-marker'})
    // With other readings (`Rami Khouri from Aleppo (protect)`), neither is sure to be the person.
    const entity = addPerson(run, marker, run.others !== undefined && run.others.length > 0)
    // One word after a preposition may be an office's or a place's (`A contact at the Ministry of
    // Interior (protect)`): the description may be named later (`The contact, Colonel Walid Hamdan,`).
    const first = run.tokens[0]
    if (run.tokens.length === 1 && first !== undefined && /\b(?:of|at|in|from|with|for)[ \t\r\n]+$/i.test(text.slice(Math.max(0, first.start - 8), first.start))) {
      for (const named of namesOfDescription(text, site, pageBreaks, textWords, descriptionPlaces)) addCandidate(named, marker)
    }
    resolutions.push({
      kind: 'named',
      marker,
      entity: entity.label,
      name: {start: run.tokens[0]?.start ?? 0, end: run.tokens.at(-1)?.end ?? 0},
    })
    for (const other of run.others ?? []) addPerson(other, marker, true)
    // `Ali Hamdan, Omar Saleh and Fadi Nasr (all strictly protect)`, `Hamdan and Saleh (protect)`:
    // each person of a list that ends at the marker.
    for (const member of readListBefore(text, site, run, pageBreaks, pluralMarker.test(marker.form))) addPerson(member, marker)
    // `Ali Hamdan and his brother Omar Saleh (both protect)`: a marker for several people protects
    // every name of its sentence before it, however the list is written.
    if (pluralMarker.test(marker.form)) {
      const sentence = protectedSentence(sentences, text, site)
      for (const candidate of sentenceCandidates(text, sentence.start, marker.position.start.offset, pageBreaks, textWords, true)) addCandidate(candidate, marker)
    }
  }
  const addAlias = (start: number, length: number, marker: ProtectMarker, candidate = false): void => {
    const words = tokenize(text, start, start + length, pageBreaks).filter((token) => token.kind === 'word' && /\p{L}{2}/u.test(token.text))
    if (words.length > 0) addPerson({tokens: words, titles: [], placeholder: false, before: -1}, marker, candidate)
  }
  // An alias in an aside between the name and its marker (`Walid Nasr (a.k.a. Abu Rami)
  // (protect)`) names the same person.
  for (const resolution of resolutions) {
    if (resolution.kind !== 'named') continue
    const between = text.slice(resolution.name.end, resolution.marker.position.start.offset)
    const alias = /\((?:(?:a\.?\s?k\.?\s?a\.?|a\/k\/a|alias|also\s+known\s+as|known\s+as|nicknamed|called|n[eé]e|born|(?:English|Christian|Chinese|given|real|birth|maiden)\s+name(?:\s+is)?|also\s+(?:written|spelled|spelt)(?:\s+as)?)[:,]?\s+["“'‘]?|["“'‘]|(?=(?:Abu|Abou|Umm|Um|Bin|Ibn)\s))([^()\s"“”'‘’][^()"“”‘’]{1,59}?)["”'’]?\)/i.exec(between)
    // A bare aside is a kunya only capitalised (`(Abu Ali)`; the pattern ignores case: `(um, …)` is none).
    const bare = alias !== null && alias[0].indexOf(alias[1]!) === 1
    if (alias !== null && (!bare || /^\p{Lu}/u.test(alias[1]!))) addAlias(resolution.name.end + alias.index + alias[0].indexOf(alias[1]!), alias[1]!.length, resolution.marker)
    // Several in one aside (`(aka "Jack Black" and "Big Ali")`, probe 21: only `Ali` was taken).
    const several = aliasesAside.exec(between)
    if (several !== null) {
      const from = resolution.name.end + several.index + several[0].indexOf(several[1]!)
      for (const quoted of several[1]!.matchAll(/["“]([^"“”]{2,60})["”]/g)) if (/^\p{Lu}/u.test(quoted[1]!)) addAlias(from + quoted.index + 1, quoted[1]!.length, resolution.marker)
    }
    // Or set off by a comma, the marker after the alias (`John Smith, AKA "Jack Black" (protect)`, audit N).
    const setOff = aliasSetOff.exec(between)
    if (setOff !== null) addAlias(resolution.name.end + setOff[0].lastIndexOf(setOff[1]!), setOff[1]!.length, resolution.marker)
    // Initials in an aside, the name's own (`Antonio Carlos Baptista (ACB) (protect)`, as Brazilian
    // posts write them, `ACB also noted`): an alias too. Other capitals there are a party or a firm.
    // Particles' letters may be lower case (`Mohammed bin Zayed (MbZ) (protect)`, as Gulf posts write it).
    const initials = /\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,5})\)/u.exec(between)
    if (initials !== null && isInitialsOf(initials[1]!.toUpperCase(), text.slice(resolution.name.start, resolution.name.end))) {
      addAlias(resolution.name.end + initials.index + 1, initials[1]!.length, resolution.marker)
    }
    // Or right after the marker (`Walid Nasr (protect), known to friends as Abu Rami,`).
    const markerEnd = resolution.marker.position.end.offset
    const after = aliasAfterMarker.exec(text.slice(markerEnd, markerEnd + 160))
    const name = after?.[1] ?? after?.[2]
    if (after !== null && name !== undefined) addAlias(markerEnd + after.index + after[0].lastIndexOf(name), name.length, resolution.marker)
  }
  // A name inside a marker is a protected person whatever the marker resolved to (above: the
  // sentence withheld as unnamed, or the name before it).
  for (const site of markers) {
    const inside = readInsideName(text, site, pageBreaks)
    if (inside !== undefined) addPerson(inside, site.marker)
    // So is a name in brackets right before it, whatever stands before the brackets: the
    // person's office or body (`Casa Civil (Dilma Rousseff) (strictly protect)`, `Co-Chair (John
    // Andrews)`) or their other name (`Pedro Marin (Manuel Marulanda) (protect)`). Audit N: the
    // word before the brackets was taken, the person released 18 times. Without an alias's word
    // or quotes the brackets may hold a party or a body (`Senate President Marcello Pera (Forza
    // Italia) (protect)`): protected all the same, and logged as a candidate for review.
    const bracketed = bracketedNameBefore(text, site.marker.position.start.offset, textWords)
    if (bracketed !== undefined) addAlias(bracketed.start, bracketed.end - bracketed.start, site.marker, !bracketed.explicit)
  }
  // `met journalist Rami Khouri` … `Khouri (protect)`: a person named by one word at the marker
  // is named in full elsewhere, and the given name is theirs too.
  // And a person named by two words read as a surname of two (`Cardoso Pinto (protect)`, after `MFA
  // Political Director Joao Cardoso Pinto`), a few of them: the many-people pass reads one word.
  // Initials after the surname are no word of it (`Petrenko V.D. (protect)`, elsewhere `Vladimir Petrenko`).
  const oneWord = entities.filter((entity) => nameWordsOf(entity.tokens).length === 1 && /\p{L}{2}/u.test(entity.tokens[0]!))
  // Particles apart (`Vale de Almeida said (protect)`, after `Joao Vale de Almeida`; `De Alba`).
  const twoWords = entities.filter((entity) => entity.tokens.length >= 2 && entity.tokens.length <= 4 && entity.tokens.filter((token) => !isParticle(token)).length <= 2 && entity.tokens.every((token) => /\p{L}{2}/u.test(token) || isParticle(token)))
  const named = oneWord.length + twoWords.length <= wordQueryLimit ? [...oneWord, ...twoWords] : oneWord
  if (named.length > 0) addGivenNames(text, named, textWords, pageBreaks)
  // `AMLO (protect)`, `Bida (protect)` where the cable gives the name the alias stands for once
  // (`Andres Manuel Lopez Obrador (AMLO)`, `Vitalmiro Bastos Moura (aka "Bida")`): that name is theirs.
  for (const person of oneWord.slice(0, wordQueryLimit)) {
    for (const name of namesDefining(text, person.tokens[lastNameWordIndex(person.tokens)]!, pageBreaks)) {
      for (const word of name) if (!person.tokens.some((known) => known.toLowerCase() === word.toLowerCase())) person.tokens.unshift(word)
    }
    person.surnameIndex = lastNameWordIndex(person.tokens)
  }
  // An alias given at a later mention of the person (`Hassan (AKA "Jack Black") said …`, `Hassan
  // is also known as "Jack Black."`, probe 21: `Black` was released): theirs too.
  const markerAt = new Map(markers.map((site) => [site.marker.position.start.offset, site.marker]))
  for (const entity of entities.slice(0, wordQueryLimit)) {
    const marker = markerAt.get(entity.markers[0] ?? -1)
    const surname = entity.tokens[entity.surnameIndex]
    if (marker === undefined || surname === undefined || surname.length < 2) continue
    for (let at = text.indexOf(surname), seen = 0; at !== -1 && seen < 50; at = text.indexOf(surname, at + surname.length), seen++) {
      const end = at + surname.length
      if (isWordUnit(text.charCodeAt(at - 1)) || isWordUnit(text.charCodeAt(end))) continue
      const alias = laterAlias.exec(text.slice(end, end + 120))
      if (alias !== null) addAlias(end + alias[0].lastIndexOf(alias[1]!), alias[1]!.length, marker)
    }
  }
  // A candidate's name in the marker's sentence is logged as an ambiguous mention, for review.
  const candidates = new Set(entities.filter((entity) => entity.candidate === true).map((entity) => entity.label))
  for (const span of spans) {
    if (span.reason !== 'protected-name' || span.entity === undefined || !candidates.has(span.entity)) continue
    span.reason = 'ambiguous-mention'
    span.ambiguous = true
  }
  return {entities, resolutions, spans}
}
