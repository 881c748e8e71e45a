/**
 * Redaction is a fixed point: redacting an output again changes nothing (docs/redaction.md).
 * Spans over text the parser could not place (`unplaced-marking`, `unplaced-text`) can change
 * how the output parses: a heading between two rules reads as a paragraph once its text is a
 * placeholder, and a second archive record glued after withheld text loses its banner. The
 * output's own reading may then withhold more. So when a result has such spans, its output is
 * redacted again and whatever that adds is mapped back onto the original, until nothing
 * changes. Spans only grow, so this ends; if it has not after a few rounds the cable is refused
 * (fail closed) rather than published in a form that a second run would redact further.
 */
import {VFileMessage} from 'vfile-message'
import type {Root} from '../syntax/types.js'
import {compileRedaction, placedSpans, type CompileOptions, type RedactResult} from './compile.js'
import {unplacedTextRule} from './policy.js'
import type {Span} from './spans.js'
import {spansOntoOriginal} from './splice.js'
import {unplacedMarkingRule} from './unplaced-markings.js'

/** Rounds of re-redaction before a cable is refused. Corpus and variants settle in at most one (34 of 801 settled results need one, at U, C and S). */
const maxRounds = 4

/** Compile the redaction of `text` and settle it; `reparse` reads an output as the parser reads a cable. */
export function settleRedaction(text: string, tree: Root, options: CompileOptions, reparse: (output: string) => Root): RedactResult {
  let result = compileRedaction(text, tree, options)
  if (!result.spans.some((span) => span.rule === unplacedMarkingRule || span.rule === unplacedTextRule)) return result
  const settled: Span[] = []
  for (let round = 0; round < maxRounds; round++) {
    // Decisions and the diff's path concern the original only.
    const again = compileRedaction(result.text, reparse(result.text), {release: options.release, placeholder: options.placeholder, probe: true})
    if (again.text === result.text) return result
    for (const span of spansOntoOriginal(placedSpans(result), again.spans)) settled.push(span)
    result = compileRedaction(text, tree, {...options, settled})
  }
  const message = new VFileMessage('Unexpected redaction that changes when its output is redacted again, expected a fixed point; not published', {
    ruleId: 'redaction-leak',
    source: 'cablelint',
  })
  message.fatal = true
  return {...result, ok: false, messages: [...result.messages, message]}
}
