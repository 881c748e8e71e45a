/**
 * `header()`: the plan of a cable's header (routing block, banner, captions, E.O. line, TAGS,
 * SUBJECT, Classified By), and `writeHeader`. Layout follows the seeds: seed 003's
 * `C O N F I D E N T I A L SECTION 01 OF 02 CHENGDU 000032`, `E.O. 12958: DECL: 2/1/2027`,
 * `CLASSIFIED BY: … REASON: 1.4 (b), (d)`; seed 001's `UNCLAS` + `SENSITIVE`.
 */
import fc from 'fast-check'
import type {Level} from '../../classification.js'
import {anchor, text, type Piece} from '../document.js'
import type {CableClassification} from '../ground-truth.js'
import {formatPortionMarking, portionMarking} from './portion-marking.js'

/** Posts and their routing station codes. */
export const posts = [
  {name: 'BEIJING', station: 'RUEHBJ'},
  {name: 'CHENGDU', station: 'RUEHCN'},
  {name: 'BRASILIA', station: 'RUEHBR'},
  {name: 'TRIPOLI', station: 'RUEHTRO'},
] as const

export interface HeaderPlan {
  classification: CableClassification
  routing: boolean
  /** Telegram banners spell the level with spaces (`C O N F I D E N T I A L`, MARKING-RULES C.9). */
  spacedBanner: boolean
  post: number
  serial: number
  /** The cable's year (E.O. 12958 as amended by E.O. 13292: 2004–2008, so `1.4` reasons are right). */
  year: number
  subjectLevel: Level
}

export interface HeaderOptions {
  classification?: CableClassification | readonly CableClassification[] | undefined
  routing?: boolean | undefined
  /** Keep the subject marking within the classification (default) or any level. */
  portions?: 'withinBanner' | 'any' | undefined
}

const classifications: readonly CableClassification[] = ['U', 'SBU', 'C', 'S']

/** The plan of a header. */
export function header(options: HeaderOptions = {}): fc.Arbitrary<HeaderPlan> {
  const allowed = options.classification === undefined ? classifications : typeof options.classification === 'string' ? [options.classification] : options.classification
  return fc.constantFrom(...allowed).chain((classification) =>
    fc.record({
      classification: fc.constant(classification),
      routing: options.routing === undefined ? fc.boolean() : fc.constant(options.routing),
      spacedBanner: fc.boolean(),
      post: fc.nat({max: posts.length - 1}),
      serial: fc.integer({min: 1, max: 9999}),
      year: fc.integer({min: 2004, max: 2008}),
      subjectLevel: portionMarking(options.portions === 'any' ? undefined : classification),
    }),
  )
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** The security indicator for a classification (ACP 127: `ZNR UUUUU` unclassified, `ZNY CCCCC` …). */
export function securityIndicator(classification: CableClassification): string {
  return {U: 'ZNR UUUUU', SBU: 'ZNR UUUUU', C: 'ZNY CCCCC', S: 'ZNY SSSSS'}[classification]
}

function bannerLevel(plan: HeaderPlan): string {
  if (plan.classification === 'C') return plan.spacedBanner ? 'C O N F I D E N T I A L' : 'CONFIDENTIAL'
  if (plan.classification === 'S') return plan.spacedBanner ? 'S E C R E T' : 'SECRET'
  return 'UNCLAS'
}

/** The page-continuation prefix, `CHENGDU 00000032`. */
export function pageLine(plan: HeaderPlan): string {
  return `${posts[plan.post]?.name ?? 'BEIJING'} ${pad(plan.serial, 8)}`
}

/** Write the header, with anchors `routing`, `routingEnd`, `banner`, `bannerEnd`, `eo`, `eoEnd`, `subject.*`. */
export function writeHeader(plan: HeaderPlan, markdown: boolean, glued = false): Piece[] {
  const post = posts[plan.post] ?? posts[0]
  const classified = plan.classification === 'C' || plan.classification === 'S'
  const pieces: Piece[] = []
  if (plan.routing) {
    const yy = pad(plan.year % 100, 2)
    pieces.push(
      text(`VZCZCXRO${pad(plan.serial, 4)}\nRR RUEHWEB\nDE ${post.station} #${pad(plan.serial, 4)}/01 3650741\n`),
      anchor('routing'),
      text(securityIndicator(plan.classification)),
      anchor('routingEnd'),
      text(` ZZH\nR 310741Z DEC ${yy}\nFM AMEMBASSY ${post.name}\nTO RUEHC/SECSTATE WASHDC 2371${glued ? '' : '\n\n'}`),
    )
  } else if (glued) {
    pieces.push(text('This record is a partial extract of the original cable. The full text of the original cable is not available.'))
  }
  pieces.push(anchor('banner'), text(`${bannerLevel(plan)} ${post.name} ${pad(plan.serial, 6)}`), anchor('bannerEnd'), text('\n\n'))
  pieces.push(text(plan.classification === 'SBU' ? 'SENSITIVE\nSIPDIS\n\n' : 'SIPDIS\n\n'))
  const eo = classified ? `E.O. 12958: DECL: 12/31/${plan.year + 10}` : 'E.O. 12958: N/A'
  pieces.push(anchor('eo'), text(eo), anchor('eoEnd'), text('\n'))
  pieces.push(text(markdown ? 'TAGS: [PGOV](#) [PHUM](#) [ECON](#)\n' : 'TAGS: PGOV PHUM ECON\n'))
  pieces.push(
    text('SUBJECT: '),
    anchor('subject.marking'),
    text(formatPortionMarking(plan.subjectLevel)),
    anchor('subject.markingEnd'),
    text(' '),
    anchor('subject.body'),
    text('PROVINCIAL OFFICIALS DISCUSS TRADE AND STAFFING'),
    anchor('subject.end'),
    text('\n\n'),
  )
  if (classified) pieces.push(text('Classified By: Political Section Chief Dan Piccuta. Reasons 1.4 (b), (d).\n\n'))
  return pieces
}
