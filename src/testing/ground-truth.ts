/**
 * A generated cable together with what correct lint and redaction must find in it.
 *
 * The arbitraries in `arbitraries/` build a cable from small pieces and record, while they
 * write it, where every piece landed: the truth is known by construction, never read back
 * from cablelint's own parser. Offsets are 0-based UTF-16 offsets into `text`, end exclusive
 * (the unist convention of `src/syntax/types.ts`).
 */
import type {Caveat, Level} from '../classification.js'

/** A half-open range `[start, end)` of the generated text. */
export interface TextRange {
  start: number
  end: number
}

/** The classification a generated cable is written at. `SBU` is an `UNCLAS` banner with a `SENSITIVE` caption. */
export type CableClassification = 'U' | 'SBU' | 'C' | 'S'

/** How a protected person is mentioned. */
export type MentionForm =
  /** `Marcel Biato`, `Li Qing`. */
  | 'full'
  /** The surname alone: `Biato`, `Li`. */
  | 'surname'
  /** A title and the surname: `Dr. Biato`, `Vice Governor Li` (the range covers the surname only). */
  | 'title'
  /** `Biato's` (the range covers `Biato`; the `'s` is not part of the name). */
  | 'possessive'
  /** The surname in upper case, telegram style: `BIATO`. */
  | 'upper'
  /** The full name broken across a line: `Marcel⏎Biato`. */
  | 'split'
  /**
   * A family by its name, `the Biatos` (the range covers `Biatos`). Only for a surname of four
   * letters or more that is no common word and does not end in `s`; another is written `surname`.
   */
  | 'plural'

/** Every mention form. */
export const mentionForms: readonly MentionForm[] = ['full', 'surname', 'title', 'possessive', 'upper', 'split', 'plural']

/** A generated person's name. */
export interface PersonName {
  /** `surname-first` for Chinese-style names (`Li Qing`), `given-first` for Western ones (`Marcel Biato`). */
  order: 'surname-first' | 'given-first'
  /** The name's tokens in written order. */
  tokens: string[]
  /** The surname, one of `tokens`. */
  surname: string
  /** A title written before the name at its protect marker (`Professor`, `Dr.`), when it has one. */
  title?: string | undefined
  /** Whether the surname is also a common English word (`Long`, `He`): a trap for the mention finder. */
  commonWord: boolean
}

/** One mention of a protected person. The range covers the name's own letters only. */
export interface MentionTruth extends TextRange {
  form: MentionForm
  /** Whether this is the mention right before the protect marker. */
  protectMarker: boolean
}

/** A protected person and every place the cable names them. */
export interface PersonTruth {
  name: PersonName
  /** The marker as written, e.g. `(strictly protect)`. */
  marker: string
  /** Where the marker stands. */
  markerRange: TextRange
  /** Every mention, in text order; the first is the one before the marker. */
  mentions: MentionTruth[]
}

/** A marked portion: the subject or a paragraph. */
export interface PortionTruth {
  /** The level its marking states. */
  level: Level
  /** The marking as written, e.g. `(C)`. */
  marking: string
  markingRange: TextRange
  /**
   * The portion's content: first to last non-space character after the marking (what a
   * release below `level` must withhold; page-continuation lines inside are part of it).
   */
  body: TextRange
  /** Whether the marking is above the banner (an `SBU` portion under an `UNCLAS` banner is not). */
  aboveBanner: boolean
}

/** A numbered paragraph. */
export interface ParagraphTruth extends PortionTruth {
  /** The number meant (1, 2, …). */
  number: number
  /** Whether the number is written with a pilcrow (`¶1.`). */
  pilcrow: boolean
  /** Where the number (with its pilcrow and dot) stands. */
  numberRange: TextRange
}

/** Layout choices the cable was rendered with. */
export interface Layout {
  /** Bodies wrapped at about 68 columns (`false`: each paragraph body re-flowed onto one line). */
  wrap: boolean
  /** Lines end in CR LF. */
  crlf: boolean
  /** Markdown rendering as in the archive (`TAGS: [PGOV](#)`). */
  markdown: boolean
  /** Lines carry trailing spaces. */
  trailingSpaces: boolean
  /**
   * The body run into the header's last line, as the archive's plain-text release writes it
   * (seed 004): the banner follows the last addressee, or the archive's partial-extract note
   * when there is no routing header, with no line break.
   */
  glued: boolean
}

/** What correct lint and redaction must find in a generated cable. */
export interface GroundTruth {
  classification: CableClassification
  banner: {
    /** The banner's level: `SBU` for `UNCLAS` + `SENSITIVE`. */
    level: CableClassification
    caveats: Caveat[]
    /** The banner line as written, without its line break. */
    line: string
    range: TextRange
  }
  /** The routing header's security indicator, when the cable has a routing header. */
  routing?: {indicator: string; level: Level; range: TextRange} | undefined
  executiveOrder: {line: string; range: TextRange}
  subject: PortionTruth
  paragraphs: ParagraphTruth[]
  people: PersonTruth[]
  layout: Layout
}

/** A generated cable: its text and its ground truth. */
export interface GeneratedCable {
  text: string
  truth: GroundTruth
}
