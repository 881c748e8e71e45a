/**
 * `cable()`: a whole generated cable and its ground truth (`ground-truth.ts`), composed from
 * `header()`, `personName()` and `paragraph()`. The plan is drawn first (small records that
 * fast-check shrinks well: fewer paragraphs, fewer sentences, fewer people, plain layout),
 * then written once, recording where every piece lands.
 */
import fc from 'fast-check'
import type {Caveat} from '../../classification.js'
import {render, text, trimRange, type Piece, type Rendered} from '../document.js'
import type {
  CableClassification,
  GeneratedCable,
  GroundTruth,
  Layout,
  MentionForm,
  ParagraphTruth,
  PersonName,
  PersonTruth,
  PortionTruth,
  TextRange,
} from '../ground-truth.js'
import {header, pageLine, securityIndicator, writeHeader, type HeaderPlan} from './header.js'
import {countPageBreaks, paragraph, writeParagraph, type ParagraphPlan, type WriteState} from './paragraph.js'
import {personName, type PersonNameOptions} from './person-name.js'
import {formatPortionMarking, isAboveBanner} from './portion-marking.js'

/** A layout flag: `true` or `false` to fix it, absent to let fast-check choose. */
type Choice = boolean | undefined

export interface CableOptions {
  /** One classification or a list to choose from (default: all of `U`, `SBU`, `C`, `S`). */
  classification?: CableClassification | readonly CableClassification[] | undefined
  /** Number of paragraphs (default 1–4). */
  paragraphs?: {min?: number | undefined; max?: number | undefined} | undefined
  /** Number of protected people (default 0–2). */
  people?: {min?: number | undefined; max?: number | undefined} | undefined
  /** Options for the people's names. */
  names?: PersonNameOptions | undefined
  /** How people are mentioned after their protect marker (default: every form). */
  mentionForms?: readonly MentionForm[] | undefined
  /** `withinBanner` (default): a correctly marked cable; `any`: portions may be above the banner. */
  portions?: 'withinBanner' | 'any' | undefined
  /** `pilcrow` (`¶1.`), `plain` (`1.`), or either (default). */
  numbering?: 'pilcrow' | 'plain' | undefined
  /** Page-continuation lines inside paragraphs (default: sometimes). */
  pageBreaks?: Choice
  /** A routing header (`VZCZC…`, `ZNY CCCCC`). */
  routing?: Choice
  /** Wrapped bodies (`false`: re-flowed single-line bodies). */
  wrap?: Choice
  crlf?: Choice
  markdown?: Choice
  trailingSpaces?: Choice
  /** The banner glued to the line before it, as in the archive's plain-text release (seed 004). */
  glued?: Choice
  /** Most sentences per paragraph (default 5). */
  maxSentences?: number | undefined
}

/** The plan of a cable: everything `writeCable` needs. */
export interface CablePlan {
  header: HeaderPlan
  people: Array<{name: PersonName; strictly: boolean}>
  paragraphs: ParagraphPlan[]
  pilcrow: boolean
  layout: Layout
}

const choice = (value: Choice): fc.Arbitrary<boolean> => (value === undefined ? fc.boolean() : fc.constant(value))

/** The plan of a cable. */
export function cablePlan(options: CableOptions = {}): fc.Arbitrary<CablePlan> {
  const maxPeople = options.people?.max ?? 2
  const pageBreaks = options.pageBreaks
  return header({classification: options.classification, routing: options.routing, portions: options.portions}).chain((head) =>
    fc.record({
      header: fc.constant(head),
      people: fc.array(fc.record({name: personName(options.names), strictly: fc.boolean()}), {
        minLength: options.people?.min ?? 0,
        maxLength: maxPeople,
      }),
      paragraphs: fc.array(
        paragraph({
          within: options.portions === 'any' ? undefined : head.classification,
          people: maxPeople,
          forms: options.mentionForms,
          pageBreaks: pageBreaks !== false,
          maxSentences: options.maxSentences,
        }),
        {minLength: options.paragraphs?.min ?? 1, maxLength: options.paragraphs?.max ?? 4},
      ),
      pilcrow: options.numbering === undefined ? fc.boolean() : fc.constant(options.numbering === 'pilcrow'),
      layout: fc.record({
        wrap: choice(options.wrap),
        crlf: choice(options.crlf),
        markdown: choice(options.markdown),
        trailingSpaces: choice(options.trailingSpaces),
        glued: choice(options.glued),
      }),
    }),
  )
}

function rangeOf(rendered: Rendered, from: string, to: string): TextRange {
  return {start: rendered.anchors.get(from) ?? 0, end: rendered.anchors.get(to) ?? 0}
}

function portionTruth(rendered: Rendered, key: string, plan: {level: ParagraphPlan['level']}, classification: CableClassification): PortionTruth {
  const body = rangeOf(rendered, `${key}.body`, `${key}.end`)
  return {
    level: plan.level,
    marking: formatPortionMarking(plan.level),
    markingRange: rangeOf(rendered, `${key}.marking`, `${key}.markingEnd`),
    body: trimRange(rendered.text, body.start, body.end),
    aboveBanner: isAboveBanner(plan.level, classification),
  }
}

/** Write a planned cable and its ground truth. Pure: the same plan gives the same cable. */
export function writeCable(plan: CablePlan): GeneratedCable {
  const {classification} = plan.header
  // Mentions of people who are not in the plan are dropped.
  const people = plan.people.map((person) => ({name: person.name, marker: person.strictly ? '(strictly protect)' : '(protect)'}))
  const pages = 1 + plan.paragraphs.reduce((sum, item) => sum + countPageBreaks(item), 0)
  const state: WriteState = {people, introduced: new Set(), wrap: plan.layout.wrap, pageLine: pageLine(plan.header), page: 1, pages}
  const pieces: Piece[] = writeHeader(plan.header, plan.layout.markdown, plan.layout.glued)
  plan.paragraphs.forEach((item, index) => {
    if (index > 0) pieces.push(text('\n\n'))
    for (const piece of writeParagraph(item, index + 1, plan.pilcrow, state, index === plan.paragraphs.length - 1)) pieces.push(piece)
  })
  pieces.push(text('\n'))
  const rendered = render(pieces, {crlf: plan.layout.crlf, trailingSpaces: plan.layout.trailingSpaces})

  const paragraphs: ParagraphTruth[] = plan.paragraphs.map((item, index) => {
    const key = `p${index + 1}`
    return {
      ...portionTruth(rendered, key, item, classification),
      number: index + 1,
      pilcrow: plan.pilcrow,
      numberRange: trimRange(rendered.text, rendered.anchors.get(`${key}.number`) ?? 0, rendered.anchors.get(`${key}.marking`) ?? 0),
    }
  })
  const truthPeople: PersonTruth[] = []
  people.forEach((person, index) => {
    const mentions = rendered.mentions.filter((mention) => mention.person === index)
    const first = mentions[0]
    if (first === undefined) return
    const markerStart = rendered.text.indexOf(person.marker, first.end)
    truthPeople.push({
      name: person.name,
      marker: person.marker,
      markerRange: {start: markerStart, end: markerStart + person.marker.length},
      mentions: mentions.map(({start, end, form, protectMarker}) => ({start, end, form, protectMarker})),
    })
  })
  const caveats: Caveat[] = classification === 'SBU' ? ['SENSITIVE'] : []
  const banner = rangeOf(rendered, 'banner', 'bannerEnd')
  const eo = rangeOf(rendered, 'eo', 'eoEnd')
  const truth: GroundTruth = {
    classification,
    banner: {level: classification, caveats, line: rendered.text.slice(banner.start, banner.end), range: banner},
    routing: plan.header.routing
      ? {indicator: securityIndicator(classification), level: classification === 'SBU' ? 'U' : classification, range: rangeOf(rendered, 'routing', 'routingEnd')}
      : undefined,
    executiveOrder: {line: rendered.text.slice(eo.start, eo.end), range: eo},
    subject: portionTruth(rendered, 'subject', {level: plan.header.subjectLevel}, classification),
    paragraphs,
    people: truthPeople,
    layout: plan.layout,
  }
  return describe({text: rendered.text, truth})
}

/** Show a counterexample as its text (with visible line ends) and its truth, not as one long object. */
function describe(generated: GeneratedCable): GeneratedCable {
  Object.defineProperty(generated, fc.toStringMethod, {
    enumerable: false,
    value: (): string => {
      const {truth} = generated
      const people = truth.people.map((person) => `${person.name.tokens.join(' ')} ${person.marker} ×${person.mentions.length} [${person.mentions.map((m) => m.form).join(',')}]`)
      const layout = Object.entries(truth.layout).filter(([, on]) => on).map(([name]) => name)
      const shown = generated.text.replace(/\r/g, '␍').split('\n').map((line) => `  | ${line}`).join('\n')
      return `cable(${truth.classification}; layout: ${layout.join(' ') || 'plain'}; people: ${people.join('; ') || 'none'})\n${shown}`
    },
  })
  return generated
}

/** A generated cable and its ground truth (see the module comment and `CableOptions`). */
export function cable(options: CableOptions = {}): fc.Arbitrary<GeneratedCable> {
  return cablePlan(options).map(writeCable)
}
