/**
 * The redaction compiler over a parsed tree: decide spans (entities, mentions, policy,
 * decisions), resolve overlaps, splice once into the original string, verify, log.
 * `redact.ts` parses and calls this; tests call it with hand-built trees.
 */
import {VFileMessage} from 'vfile-message'
import type {ReleaseLevel} from '../classification.js'
import {diffRedaction} from '../report/diff.js'
import type {Root} from '../syntax/types.js'
import {resolveDecisions, type Decisions} from './decisions.js'
import {findEntities, type Entity} from './entities.js'
import {buildLog, type KeptToken, type RedactionLogEntry} from './log.js'
import {gatherTreeFacts} from './markers.js'
import {findMentions, postLinesOf, separatePlaceWords} from './mentions.js'
import {placeholderFor, type PlaceholderMode} from './placeholders.js'
import {withheldSpans} from './policy.js'
import {normalizeSpans, type Span} from './spans.js'
import {splice, type SplicedSpan} from './splice.js'
import {verify} from './verify.js'

export interface CompileOptions {
  /** The level the output may be released at. */
  release: ReleaseLevel
  /** Placeholder style; `fixed` by default (no length leak). */
  placeholder?: PlaceholderMode | undefined
  /** The reviewer's decisions, already validated (`parseDecisions`). */
  decisions?: Decisions | undefined
  /** File name shown in the diff header. */
  path?: string | undefined
  /** Spans found by redacting an earlier output again, mapped onto `text` (`settle.ts`). */
  settled?: readonly Span[] | undefined
  /**
   * Only the spans and the text, to see whether an output redacts to itself (`settle.ts`):
   * no verification and no log, which are the costliest part and say nothing there.
   */
  probe?: boolean | undefined
}

export interface RedactResult {
  /** `false` when verification found a leak or an unprovable span: write nothing, exit 3. */
  ok: boolean
  /** The redacted text (same as the input outside the spans). */
  text: string
  /** The spans applied, sorted and disjoint. */
  spans: Span[]
  /** One entry per span (and per reviewer-kept token); never the removed text. */
  log: RedactionLogEntry[]
  /** Unified diff of original vs redacted (made on first read). */
  readonly diff: string
  /** `redaction-leak` (fatal) and `redaction-decision` (warning) messages. */
  messages: VFileMessage[]
  /**
   * The protected people (labels, name tokens). In memory only, for a review page that needs
   * the mentions: never write this next to the output.
   */
  entities: Entity[]
}

function decisionMessage(reason: string): VFileMessage {
  const message = new VFileMessage(reason, {ruleId: 'redaction-decision', source: 'cablelint'})
  message.fatal = false
  message.url = 'docs/rules.md#redaction-decision'
  return message
}

/** Redact `text`, whose parsed tree is `tree`. Pure: never writes, never prints. */
export function compileRedaction(text: string, tree: Root, options: CompileOptions): RedactResult {
  const mode = options.placeholder ?? 'fixed'
  const messages: VFileMessage[] = []
  const {pageBreaks} = gatherTreeFacts(tree)
  const found = findEntities(text, tree)
  const named = findMentions(text, found.entities, pageBreaks)
  const {mentions, places} = separatePlaceWords(text, named, found.entities, named.length > 0 ? postLinesOf(text, tree) : [])
  let candidates: Span[] = [...found.spans, ...mentions, ...withheldSpans(text, tree, options.release), ...(options.settled ?? [])]

  const kept: KeptToken[] = [...places]
  if (options.decisions !== undefined) {
    const resolved = resolveDecisions(text, options.decisions)
    for (const span of resolved.spans) candidates.push(span)
    for (const index of resolved.outOfRange) {
      messages.push(decisionMessage(`Unexpected decision ${index + 1} outside the text, expected a range inside it; not applied`))
    }
    for (const keep of resolved.keep) {
      const target = candidates.find((span) => span.ambiguous === true && span.start === keep.offset)
      if (target === undefined) {
        // Fail closed: a keep that matches no ambiguous token changes nothing.
        messages.push(decisionMessage(`Unexpected keep at offset ${keep.offset}, expected the start of an ambiguous mention; not applied`))
        continue
      }
      candidates = candidates.filter((span) => span !== target)
      kept.push({start: target.start, end: target.end, entity: target.entity, note: keep.note})
    }
  }

  const spans = normalizeSpans(candidates)
  const spliced = splice(text, spans, (span, original) => placeholderFor(span, original, mode))
  // A kept token inside a span that is redacted anyway (a withheld portion) is not kept.
  const effectiveKept = kept.filter((token) => !spans.some((span) => span.start <= token.start && span.end >= token.end))
  if (options.probe !== true) {
    for (const message of verify({original: text, output: spliced.text, placed: spliced.placed, entities: found.entities, kept: effectiveKept})) messages.push(message)
  }
  const ok = options.probe !== true && !messages.some((message) => message.fatal === true)
  const log = options.probe === true ? [] : buildLog(text, spans, effectiveKept)
  const result = {ok, text: spliced.text, spans, log, messages, entities: found.entities}
  // The diff is made when it is first read: a batch without `--out` never reads it, and it
  // was a tenth of a corpus `check` (bench/RESULTS.md). Enumerable, so copies and JSON carry it.
  let diff: string | undefined
  Object.defineProperty(result, 'diff', {
    enumerable: true,
    get: () => (diff ??= diffRedaction(options.path ?? 'cable.txt', text, spliced.text, spliced.placed)),
  })
  placements.set(result, spliced.placed)
  return result as RedactResult
}

/** Where each span of a result went in its output, for mapping output offsets back (`settle.ts`). */
const placements = new WeakMap<object, readonly SplicedSpan[]>()

export function placedSpans(result: RedactResult): readonly SplicedSpan[] {
  return placements.get(result) ?? []
}
