/**
 * The `report` function handed to a rule: it turns a message id, a place and data into a
 * VFileMessage. Rules never set severity, rule id, source or URL (STYLE principle 4): the
 * engine stamps those (see `engine.ts`), here only the text and the place are built.
 */
import {VFileMessage} from 'vfile-message'
import {sourcePosition} from '../syntax/lines.js'
import type {Position} from '../syntax/types.js'

/** Anything with a position: a node, a Marking, a Field, a Declassification… */
export interface Placed {
  position: Position
}

/** Values filled into a message template's `{placeholder}`s. Never protected text. */
export type MessageData = Readonly<Record<string, string | number>>

export interface ReportOptions {
  /** Values for the template's placeholders. */
  data?: MessageData
  /** A related place (the banner a portion disagrees with), shown as the message's `cause`. */
  cause?: Placed
}

/** Report a finding of `messageId` at `place`. */
export type Report<MessageId extends string> = (messageId: MessageId, place: Placed, options?: ReportOptions) => undefined

/** A raw finding, before the engine stamps it. */
export interface RawFinding {
  messageId: string
  message: VFileMessage
}

/** Fill `{name}` placeholders from `data`; an unknown placeholder is left as written. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name]
    return value === undefined ? whole : String(value)
  })
}

/** A rule's `report` and the list it appends to, which the engine sets for each run. */
export interface Reporter {
  report: Report<string>
  findings: RawFinding[]
}

/**
 * Make the `report` of one rule. `messages` are the rule's templates; an id missing from them
 * is a bug in the rule, so it throws (the engine turns a throwing rule into an internal-error
 * notification, never into a finding).
 *
 * The engine keeps one reporter per rule for all cables and points `findings` at each run's
 * list, rather than making a closure per run: each new closure was a new call target for V8
 * at the `report(…)` calls of a rule, and the checks of four rules that had reported in one
 * cable only were deoptimised ("wrong call target") at another cable's first finding.
 */
export function createReporter(messages: Readonly<Record<string, string>>): Reporter {
  const reporter: Reporter = {report, findings: []}
  return reporter

  function report(messageId: string, place: Placed, options: ReportOptions = {}): undefined {
    const template = messages[messageId]
    if (template === undefined) throw new Error(`Unknown message id \`${messageId}\``)
    // A VFileMessage is an Error: without this, each finding captures a stack trace (the
    // rule's frames, meaning nothing to a user), which was a tenth of linting the corpus.
    // `stackTraceLimit` is V8's (Node, Chromium); elsewhere setting it does nothing.
    const errors = Error as ErrorConstructor & {stackTraceLimit: number}
    const limit = errors.stackTraceLimit
    errors.stackTraceLimit = 0
    try {
      const message = new VFileMessage(formatMessage(template, options.data), {
        place: clonePosition(place.position),
        ...(options.cause ? {cause: new VFileMessage('Related place', {place: clonePosition(options.cause.position)})} : {}),
      })
      reporter.findings.push({messageId, message})
    } finally {
      errors.stackTraceLimit = limit
    }
    return undefined
  }
}

/**
 * A copy, so that a message never shares (and so never lets anyone mutate) the tree's objects;
 * made as the parser makes positions (see `sourcePosition`).
 */
function clonePosition(position: Position): Position {
  return sourcePosition({...position.start}, {...position.end})
}
