/**
 * `paragraph()`: the plan of one numbered paragraph (its level and its sentences: filler,
 * mentions of protected people, page-continuation lines), and `writeParagraph`, which turns a
 * plan into pieces. Plans are plain records of small numbers, so fast-check shrinks them to
 * one short sentence and drops the mentions a failure does not need.
 */
import fc from 'fast-check'
import type {Level} from '../../classification.js'
import {anchor, text, type Piece} from '../document.js'
import {isCommonWord} from '../../redact/common-words.js'
import {mentionForms, type CableClassification, type MentionForm, type PersonName} from '../ground-truth.js'
import {formatPortionMarking, portionMarking} from './portion-marking.js'

/** Plain sentences: lower-case words only after the first, none a generated name, no markings. */
export const fillerSentences = [
  'The talks covered trade and investment issues.',
  'Officials described the meeting as frank and useful.',
  'The province faces serious shortages of funding and staff.',
  'Local officials declined to discuss the matter further.',
  'The delegation will return to the capital next month.',
  'Several groups have raised concerns about the new rules.',
  'Budget pressures remain the main obstacle to progress.',
] as const

/** Sentence frames around a mention `{M}`; `{T}` is a title. The possessive `'s` follows `{M}`. */
const frames = {
  start: '{M} said the talks would continue.',
  middle: 'Officials consulted {M} about the plan.',
  end: 'The delegation later met with {M}.',
} as const
const possessiveFrames = {
  start: "{M}'s office declined to comment.",
  middle: "Officials visited {M}'s office in the capital.",
  end: "The delegation later met {M}'s staff.",
} as const
const pluralFrames = {
  start: 'The {M} declined to comment.',
  middle: 'Officials visited the {M} in the capital.',
  end: 'The delegation later met the {M}.',
} as const
/** The frame of the mention that carries the protect marker. */
const markerFrame = 'Poloff met with {M} {P} on the margins of the conference.'

export type SentencePlan =
  | {kind: 'filler'; index: number}
  | {kind: 'mention'; person: number; form: MentionForm; frame: keyof typeof frames}
  | {kind: 'pageBreak'}

export interface ParagraphPlan {
  level: Level
  sentences: SentencePlan[]
}

export interface ParagraphOptions {
  /** Keep the marking within this classification; any level when absent. */
  within?: CableClassification | undefined
  /** How many people mentions may refer to (0: no mentions). */
  people?: number | undefined
  forms?: readonly MentionForm[] | undefined
  pageBreaks?: boolean | undefined
  maxSentences?: number | undefined
}

/** One sentence of a paragraph plan. */
export function sentence(options: ParagraphOptions = {}): fc.Arbitrary<SentencePlan> {
  const filler = fc.nat({max: fillerSentences.length - 1}).map((index): SentencePlan => ({kind: 'filler', index}))
  const choices: Array<fc.WeightedArbitrary<SentencePlan>> = [{weight: 3, arbitrary: filler}]
  const people = options.people ?? 0
  const forms = options.forms ?? mentionForms
  if (people > 0 && forms.length > 0) {
    const mention = fc
      .record({person: fc.nat({max: people - 1}), form: fc.constantFrom(...forms), frame: fc.constantFrom('start', 'middle', 'end' as const)})
      .map((plan): SentencePlan => ({kind: 'mention', ...plan}))
    choices.push({weight: 3, arbitrary: mention})
  }
  if (options.pageBreaks === true) choices.push({weight: 1, arbitrary: fc.constant<SentencePlan>({kind: 'pageBreak'})})
  return fc.oneof(...choices)
}

/** The plan of one paragraph. */
export function paragraph(options: ParagraphOptions = {}): fc.Arbitrary<ParagraphPlan> {
  return fc.record({
    level: portionMarking(options.within),
    sentences: fc.array(sentence(options), {minLength: 1, maxLength: options.maxSentences ?? 5}),
  })
}

/** A person as the writer needs them. */
export interface WrittenPerson {
  name: PersonName
  marker: string
}

/** State shared by the paragraphs of one cable while it is written. */
export interface WriteState {
  people: readonly WrittenPerson[]
  /** People whose marker mention is written already. */
  introduced: Set<number>
  wrap: boolean
  /** `POST 0000nnnn` for page-continuation lines. */
  pageLine: string
  page: number
  pages: number
}

/** A word group: pieces written without space between them. */
type Group = Piece[]

function mentionText(name: PersonName, form: MentionForm): string {
  switch (form) {
    case 'full':
      return name.tokens.join(' ')
    case 'split':
      return name.tokens.join('\n')
    case 'upper':
      return name.surname.toUpperCase()
    case 'plural':
      return `${name.surname}s`
    default:
      return name.surname
  }
}

/** Whether the surname makes a plural the redactor reads as the family (see `MentionForm`). */
function hasPlural(name: PersonName): boolean {
  return name.surname.length >= 4 && !name.commonWord && !/s$/i.test(name.surname) && !isCommonWord(name.surname)
}

function mentionGroups(frame: string, mention: Piece, title: string | undefined, marker: string | undefined): Group[] {
  const groups: Group[] = []
  for (const word of frame.split(' ')) {
    if (word === '{T}') {
      if (title !== undefined) for (const part of title.split(' ')) groups.push([text(part)])
      continue
    }
    if (word === '{P}') {
      groups.push([text(marker ?? '')])
      continue
    }
    const at = word.indexOf('{M}')
    if (at === -1) {
      groups.push([text(word)])
      continue
    }
    const group: Group = []
    if (at > 0) group.push(text(word.slice(0, at)))
    group.push(mention)
    if (at + 3 < word.length) group.push(text(word.slice(at + 3)))
    groups.push(group)
  }
  return groups
}

function sentenceGroups(plan: SentencePlan, state: WriteState): Group[] {
  if (plan.kind === 'filler') return (fillerSentences[plan.index] ?? '').split(' ').map((word) => [text(word)])
  if (plan.kind === 'pageBreak') return []
  const person = state.people[plan.person]
  if (person === undefined) return []
  const {name} = person
  if (!state.introduced.has(plan.person)) {
    // The first mention of a person is the full name before its protect marker.
    state.introduced.add(plan.person)
    const mention: Piece = {kind: 'mention', text: name.tokens.join(' '), person: plan.person, form: 'full', protectMarker: true}
    const frame = name.title === undefined ? markerFrame : markerFrame.replace('{M}', '{T} {M}')
    return mentionGroups(frame, mention, name.title, person.marker)
  }
  const form = plan.form === 'plural' && !hasPlural(name) ? 'surname' : plan.form
  const mention: Piece = {kind: 'mention', text: mentionText(name, form), person: plan.person, form, protectMarker: false}
  const base = form === 'possessive' ? possessiveFrames[plan.frame] : form === 'plural' ? pluralFrames[plan.frame] : frames[plan.frame]
  const frame = form === 'title' ? base.replace('{M}', '{T} {M}') : base
  return mentionGroups(frame, mention, name.title ?? 'Mr.', undefined)
}

const groupLength = (group: Group): number =>
  group.reduce((sum, piece) => sum + (piece.kind === 'anchor' ? 0 : piece.text.length), 0)

/** How many page-continuation lines `plan` writes (one between two sentences, never first or last). */
export function countPageBreaks(plan: ParagraphPlan): number {
  let count = 0
  let sentences = 0
  let pending = false
  for (const item of plan.sentences) {
    if (item.kind === 'pageBreak') {
      if (sentences > 0) pending = true
      continue
    }
    if (pending) count++
    pending = false
    sentences++
  }
  return count
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/**
 * Write paragraph `number` of `plan` as pieces, with anchors `p<number>.number`,
 * `p<number>.marking`, `p<number>.body` and `p<number>.end`.
 */
export function writeParagraph(plan: ParagraphPlan, number: number, pilcrow: boolean, state: WriteState, last = false): Piece[] {
  const key = `p${number}`
  const pieces: Piece[] = [anchor(`${key}.number`), text(`${pilcrow ? '¶' : ''}${number}.`), text(' ')]
  const marking = formatPortionMarking(plan.level)
  pieces.push(anchor(`${key}.marking`), text(marking), anchor(`${key}.markingEnd`), text(' '), anchor(`${key}.body`))
  let column = pieces.reduce((sum, piece) => sum + (piece.kind === 'text' ? piece.text.length : 0), 0)
  let first = true
  let pending = false
  // The last paragraph introduces everyone not mentioned yet: every planned person is in the cable.
  const missing = last ? state.people.map((_, person) => person).filter((person) => !state.introduced.has(person)) : []
  const sentences: SentencePlan[] = [
    ...plan.sentences,
    ...missing.map((person): SentencePlan => ({kind: 'mention', person, form: 'full', frame: 'middle'})),
  ]
  for (const item of sentences) {
    if (item.kind === 'pageBreak') {
      if (!first) pending = true
      continue
    }
    const groups = sentenceGroups(item, state)
    if (groups.length === 0) continue
    if (pending) {
      state.page++
      pieces.push(text(`\n\n${state.pageLine}  ${pad(state.page, 3)} OF ${pad(state.pages, 3)}\n\n`))
      column = 0
      first = true
      pending = false
    }
    for (const group of groups) {
      const length = groupLength(group)
      if (!first) {
        const breakLine = state.wrap && column + 1 + length > 68
        pieces.push(text(breakLine ? '\n' : ' '))
        column = breakLine ? 0 : column + 1
      }
      for (const piece of group) pieces.push(piece)
      const last = group.at(-1)
      const lastText = last !== undefined && last.kind !== 'anchor' ? last.text : ''
      column = lastText.includes('\n') ? lastText.length - lastText.lastIndexOf('\n') - 1 : column + length
      first = false
    }
  }
  // A plan of page breaks only still needs a body: a portion is never empty.
  if (first && column > 0 && pieces.at(-1)?.kind === 'anchor') pieces.push(text(fillerSentences[0]))
  pieces.push(anchor(`${key}.end`))
  return pieces
}
