/**
 * The cable syntax tree: unist node types for every part of a diplomatic cable.
 *
 * Declared in the style of `@types/mdast` v4: abstract nodes, content maps that can be
 * augmented, then concrete nodes. Every node is parsed from source text, so `position` is
 * required, with 1-based line/column and a 0-based `offset` into the decoded string
 * (end exclusive). Nothing here is a Map or a function, and positions, though the parser
 * makes them with a class (see `lines.ts` for why), are plain data: a tree round-trips
 * through `JSON.stringify`.
 *
 * In the parser's trees an optional property that is absent is still there, set to
 * `undefined` (which JSON leaves out): every node of a type, and every marking, has one shape,
 * so V8 does not throw away the optimised code of the rules reading them for each new shape.
 * Test an optional property for `undefined`, never with `in`.
 */
import type {Data as UnistData, Node as UnistNode} from 'unist'
import type {Caveat, Level} from '../classification.js'

// ## Positions

/** One place in the decoded text. `offset` is always present for cablelint nodes. */
export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, counted in UTF-16 code units like JavaScript strings. */
  column: number
  /** 0-based offset into the decoded string. */
  offset: number
}

/** A span of the decoded text; `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/** A value read from the text together with where it was read. */
export interface Field<Value = string> {
  /** The value (for Markdown-rendered cables, de-escaped). */
  value: Value
  /** Where the value stands in the source. */
  position: Position
}

// ## Values

/**
 * A classification marking, parsed by the one grammar in `marking.ts`.
 * A JSON value, not a node.
 */
export interface Marking {
  /**
   * The level, or `null` when the token stands where a marking stands but is not a
   * known marking (`(X)`, `(CONF)`).
   */
  level: Level | null
  /** Dissemination and handling caveats, normalised (`NF` → `NOFORN`). */
  caveats: Caveat[]
  /** `REL TO` list as written in order (`['USA', 'PAK']`, `['NATO']`, `['ISAF']`). */
  releasableTo: string[]
  /** Source form, exactly as written: `(S//NF)`, `C O N F I D E N T I A L`, `( c)`. */
  raw: string
  /**
   * Ways the form departs from the standard one while still being readable:
   * `lowercase` (`(c)`), `innerSpace` (`( C)`, `(S/ NF)`), `missingParenthesis` (`1. C)`),
   * `hyphen` (`(S-NF)`, a hyphen where `//` separates the parts), `spacedLetters` (`C O N F I D E N T I A L`, a telegram convention, see MARKING-RULES C.9),
   * `singleSlash` (`(S/NF)` where CAPCO writes `//`), `spelledOut` (`(SECRET/REL FRANCE)`, a level
   * written out in capitals). Empty for the standard form.
   */
  irregularities: MarkingIrregularity[]
  /**
   * (Optional, added by the marking grammar.) Short words read after a known level that are
   * neither a caveat nor a `REL TO` list, upper-cased: `(S//FGI//NF)` → `['FGI']`, a bare
   * `(S//REL)` → `['REL']`. Absent when there are none. Kept so the level is not lost; a
   * rule may report them.
   */
  extraTerms?: string[] | undefined
  /** Where `raw` stands. */
  position: Position
}

/** See {@link Marking.irregularities}. */
export type MarkingIrregularity = 'lowercase' | 'innerSpace' | 'missingParenthesis' | 'hyphen' | 'spacedLetters' | 'singleSlash' | 'spelledOut'

/** The security indicator of the routing header (ACP 127 line 4): `ZNR UUUUU`, `ZNY CCCCC`. */
export interface SecurityIndicator {
  /** As written, e.g. `ZNY CCCCC`. */
  raw: string
  /** `ZNR` (unclassified traffic) or `ZNY` (classified or encrypted traffic); `null` if neither. */
  prefix: 'ZNR' | 'ZNY' | null
  /** The repeated letters, e.g. `CCCCC`, `SSSAA`. */
  letters: string
  /**
   * The level the letters stand for (`UUUUU` → U, `EEEEE` → U with EFTO, `CCCCC` → C,
   * `SSSSS` → S, `TTTTT` → TS), or `null` for an unknown value such as `SSSAA` or `CCCC`.
   */
  level: Level | null
  /** `EEEEE`: unclassified but encrypted for transmission (5 FAH-2 H-222). */
  efto: boolean
  position: Position
}

/** A calendar date read from a declassification instruction. */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** The declassification instruction of an E.O. line. */
export interface Declassification {
  /** As written after the order, e.g. `DECL: 12/31/2033`, `N/A`, `DECL: OADR`. */
  raw: string
  /**
   * - `notApplicable`: `N/A` (unclassified telegrams, STATE 018029).
   * - `date`: a `DECL:` date (see {@link Declassification.date}).
   * - `oadr`: originating agency's determination required (abolished by E.O. 12958).
   * - `exemption`: `X1`–`X8`, `1.6X…`, `25X…` without a date.
   * - `schedule`: E.O. 11652's `GDS` (and `XGDS`, `NGDS`, E.O. 12065's `RDS`).
   * - `event`: a declassification event (`AFTER KOREAN UNIFICATION`, `CLOSURE OF ICTY`).
   * - `declassified`: the archive's record that the cable was declassified (`DECLASSIFIED BY NARA 09/02/2009`).
   * - `free`: any other text (`TWENTY YEARS`, `DNG`).
   * - `missing`: the E.O. line carries no instruction at all.
   */
  kind: 'notApplicable' | 'date' | 'oadr' | 'exemption' | 'schedule' | 'event' | 'declassified' | 'free' | 'missing'
  /** For `date`: the parsed date, or `null` when it cannot be read or is impossible. */
  date?: CalendarDate | null | undefined
  /** Exemption codes as written, upper-cased: `X1`, `1.6X6`, `25X1`. */
  exemptions: string[]
  position: Position
}

/** The reason line of a classification authority block: `Reason: 1.4 (b), (d)`. */
export interface Reasons {
  /** As written after `Reason(s)`. */
  raw: string
  /** The E.O. section cited: `1.4`, `1.5`, or `null` when none could be read. */
  section: string | null
  /** Category letters, lower-cased, in order of appearance: `['b', 'd']`. */
  categories: string[]
  position: Position
}

/** A paragraph number as written and as meant. */
export interface ParagraphNumber {
  /** As written, without the pilcrow and the dot: `11`, `A`, `2`. */
  raw: string
  /**
   * As meant: a number, or a letter for lettered paragraphs (`¶A.`). For the garble
   * where the pilcrow became a `1` (`11.`…`19.` for ¶1…¶9, seed 001), the meant number.
   */
  value: number | string
  /** A range's last number: `4-12.` (one answer to numbers 4 to 12) has value 4 and last 12. */
  last?: number | undefined
  /** Whether the number was read as a garbled pilcrow (`11.` meaning ¶1). */
  garbled: boolean
  /** Whether a `¶` stands before the number. */
  pilcrow: boolean
  position: Position
}

// ## Abstract nodes

/** Data that any node may carry. */
export type Data = UnistData

/** Any cable node. Always positioned: every node is parsed from the source text. */
export interface Node extends UnistNode {
  position: Position
  data?: Data | undefined
}

/** A node with children. */
export interface Parent extends Node {
  children: Node[]
}

/** A node holding a string value. */
export interface Literal extends Node {
  value: string
}

// ## Content maps

/** Registry of nodes that can be children of {@link Root}; augment it to add node types. */
export interface RootContentMap {
  metadata: Metadata
  routing: Routing
  banner: Banner
  handling: Handling
  executiveOrder: ExecutiveOrder
  tags: Tags
  subject: Subject
  references: References
  classificationAuthority: ClassificationAuthority
  paragraph: Paragraph
  heading: Heading
  pageBreak: PageBreak
  signature: Signature
  protectMarker: ProtectMarker
  text: Text
}

/** Registry of nodes that can be children of a {@link Portion} or {@link Subject}. */
export interface PhrasingContentMap {
  text: Text
  protectMarker: ProtectMarker
  pageBreak: PageBreak
}

export type RootContent = RootContentMap[keyof RootContentMap]
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]
export type Nodes = Root | RootContent | Portion

// ## Concrete nodes

/** Facts about the whole cable, found while parsing. */
export type RootData = Data

/** The whole cable. */
export interface Root extends Parent {
  type: 'root'
  children: RootContent[]
  /** `markdown` when the cable arrived rendered as Markdown (`[PGOV](#)`, `US\$26`). */
  format: 'plain' | 'markdown'
  /**
   * The cable begins "This record is a partial extract of the original cable": it has no
   * header by design, so header rules say once that they cannot check it.
   */
  partialExtract: boolean
  /** Problems met while parsing: no banner, no E.O. line, an unreadable marking. */
  diagnostics: ParseDiagnostic[]
  data?: RootData | undefined
}

/** A problem met while parsing. A value, never an exception. */
export interface ParseDiagnostic {
  /** Stable camelCase id: `missingBanner`, `missingExecutiveOrder`, `unreadableMarking`, … */
  id: string
  /** One sentence for people. Never contains protected text. */
  message: string
  position?: Position | undefined
}

/** The archive's metadata block (seeds 002 and 004; `Identifier / Created / …`). */
export interface Metadata extends Node {
  type: 'metadata'
  /** WikiLeaks reference id, e.g. `08BEIJING4697`. */
  identifier?: Field | undefined
  /** Creation date-time as written. */
  created?: Field | undefined
  /** Archive classification as written, e.g. `SECRET//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`. */
  classification?: Field | undefined
  /** Originating post, e.g. `Embassy Beijing`. */
  origin?: Field | undefined
  /** Cable title, when the block carries one. */
  title?: Field | undefined
  /**
   * (Optional, added for lint.) `classification` read by the marking grammar, with the
   * archive's `UNCLASSIFIED//FOR OFFICIAL USE ONLY` read as SBU (the archive maps SBU to
   * FOUO, MARKING-RULES C.7). Absent when there is no classification or it cannot be read.
   */
  marking?: Marking | undefined
  /** (Optional, added for lint.) `created` read as a calendar date; `null` when unreadable. */
  createdDate?: CalendarDate | null | undefined
}

/** The ACP 127 routing header: `VZCZC…`, precedence, `DE` line, security indicator, FM/TO/INFO. */
export interface Routing extends Node {
  type: 'routing'
  /** Precedence prosigns, e.g. `RR`, `OO`, `O`. */
  precedence?: Field | undefined
  /** Date-time group, e.g. `030917Z AUG 09`. */
  dateTimeGroup?: Field | undefined
  /**
   * (Optional, added for lint.) The date-time group read as a calendar date
   * (`310344Z DEC 08` → 2008-12-31; two-digit years 66–99 → 19xx); `null` when unreadable.
   */
  date?: CalendarDate | null | undefined
  /** The `DE` line's station, e.g. `RUEHGZ`. */
  station?: Field | undefined
  /** The `DE` line's serial, e.g. `0463` from `DE RUEHGZ #0463/01 2150917`. */
  serial?: Field | undefined
  /** `ZNR UUUUU`, `ZNY CCCCC`, … */
  securityIndicator?: SecurityIndicator | undefined
  /** `FM` originator. */
  from?: Field | undefined
  /** `TO` addressees, one per line. */
  to: Field[]
  /** `INFO` addressees, one per line. */
  info: Field[]
}

/** The overall classification line: `C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697`. */
export interface Banner extends Node {
  type: 'banner'
  /** Parsed marking; `marking.raw` keeps the source form. */
  marking: Marking
  /** `SECTION 01 OF 03`, when present. */
  section?: {index: number; total: number; position: Position} | undefined
  /** The originating post as written after the marking, e.g. `BEIJING`, `UNVIE VIENNA`. */
  originator?: Field | undefined
  /** The serial, e.g. `004697`. */
  serial?: Field | undefined
  /**
   * Text before the banner on the same line that belongs to the header, when the two were
   * glued together (seed 004: `INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06`).
   */
  glued: boolean
  /** Whether this banner repeats an earlier one (seed 002's duplicated header). */
  duplicate: boolean
}

/** A handling or distribution caption line: `SENSITIVE`, `SIPDIS`, `NOFORN`, `EXDIS`. */
export interface Handling extends Node {
  type: 'handling'
  /** Captions on the line, upper-cased, e.g. `['SENSITIVE']`, `['NOFORN', 'SIPDIS']`. */
  captions: string[]
  /** Caveats these captions carry for marking roll-up (`NOFORN`, `SENSITIVE`). */
  caveats: Caveat[]
}

/** `E.O. 12958: DECL: 12/31/2033`. */
export interface ExecutiveOrder extends Node {
  type: 'executiveOrder'
  /** The order's number as written, e.g. `12958`, `12356`, `12598` (a typo seen in cables). */
  order: Field
  declassification: Declassification
}

/** `TAGS: PGOV PHUM KTIP`. */
export interface Tags extends Node {
  type: 'tags'
  /** Each tag (de-escaped from `[PGOV](#)` for Markdown-rendered cables). */
  tags: Field[]
}

/** `SUBJECT: (C) …`, possibly over several lines. */
export interface Subject extends Node {
  type: 'subject'
  /** The subject's own portion marking, when it has one. */
  marking?: Marking | undefined
  /** The subject text after the marking. */
  children: PhrasingContent[]
}

/** `REF: A. STATE 1234 B. …`. */
export interface References extends Node {
  type: 'references'
  /** The text after `REF:` (its `(A) (B) (C)` letters are not markings). */
  children: PhrasingContent[]
}

/** `Classified By: … Reason: 1.4 (b), (d)` (32 CFR 2001.21(a)). */
export interface ClassificationAuthority extends Node {
  type: 'classificationAuthority'
  /** Who classified, as written after `Classified By:`. */
  classifiedBy?: Field | undefined
  /** The reason, when one is given. */
  reasons?: Reasons | undefined
}

/** A numbered (or unnumbered, when it opens with a marking) paragraph of the body. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  /** The paragraph number, absent for an unnumbered paragraph. */
  number?: ParagraphNumber | undefined
  /**
   * The paragraph's portions. A portion runs from one portion marking to the next, so a
   * paragraph `5. (C) … -- (U) …` has two; a paragraph without a marking has one portion
   * without a marking.
   */
  children: Portion[]
}

/** The span from one portion marking to the next (or to the end of the paragraph). */
export interface Portion extends Parent {
  type: 'portion'
  /** The portion marking; absent for an unmarked paragraph. */
  marking?: Marking | undefined
  /** The portion's content after its marking. */
  children: PhrasingContent[]
}

/** A heading line of the body, with its dashed underline when it has one. */
export interface Heading extends Node {
  type: 'heading'
  /** The heading text. */
  text: Field
}

/** A page-continuation line: `TRIPOLI 00000889  002 OF 004`, `CHENGDU 00000032 001.2 OF 002`, `PAGE 02`. */
export interface PageBreak extends Node {
  type: 'pageBreak'
  /** As written. */
  raw: string
  /** The post, e.g. `TRIPOLI` (absent for `PAGE 02`). */
  originator?: string | undefined
  /** The serial as written, e.g. `00000889`. */
  serial?: string | undefined
  /** The page number (`002` → 2, `001.2` → 1). */
  page?: number | undefined
  /** The page total (`OF 004` → 4). */
  total?: number | undefined
}

/** The drafter's closing name, e.g. `BOUGHNER`, `HUNTSMAN`. */
export interface Signature extends Node {
  type: 'signature'
  name: Field
}

/**
 * A source-protection marker: `(protect)`, `(strictly protect)`, `(Victim - PROTECT)`.
 * A drafting convention for confidential sources (E.O. 12958 §1.4(d)).
 */
export interface ProtectMarker extends Node {
  type: 'protectMarker'
  /** As written, parentheses included (may span a line break). */
  raw: string
  /** Normalised form: lower case, white space collapsed, e.g. `strictly protect`. */
  form: string
}

/** Anything not otherwise recognised: kept, positioned, never dropped. */
export interface Text extends Literal {
  type: 'text'
  /** The source text (for Markdown-rendered cables, de-escaped). */
  value: string
}
