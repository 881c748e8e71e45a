/**
 * Small pure steps over findings: severity, sort, dedupe, filter by severity, counts.
 */
import {compareMessage} from 'vfile-sort'
import type {VFileMessage} from 'vfile-message'
import type {Severity} from './define-rule.js'

const rank: Readonly<Record<Severity, number>> = {error: 2, warning: 1, info: 0}

/** A message's severity from vfile's `fatal`: `true` error, `false` warning, otherwise info. */
export function severityOf(message: Pick<VFileMessage, 'fatal'>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** vfile's `fatal` for a severity. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** The less serious of two severities. */
export function lowerSeverity(a: Severity, b: Severity): Severity {
  return rank[a] <= rank[b] ? a : b
}

/** Whether `severity` is at least `minimum`. */
export function atLeast(severity: Severity, minimum: Severity): boolean {
  return rank[severity] >= rank[minimum]
}

/** A sorted copy: by place, then fatal first, then rule id (vfile-sort). */
export function sortMessages<Message extends VFileMessage>(messages: readonly Message[]): Message[] {
  return [...messages].sort(compareMessage)
}

/** Drop a message when an earlier one has the same rule, place and text. */
export function dedupeMessages<Message extends VFileMessage>(messages: readonly Message[]): Message[] {
  // Kept messages by start offset: most findings have a place of their own, so a message is
  // compared field by field with the few that start where it does, and no key is built.
  const kept = new Map<number | undefined, Message[]>()
  return messages.filter((message) => {
    const start = startOf(message)
    const bucket = kept.get(start?.offset)
    if (bucket === undefined) {
      kept.set(start?.offset, [message])
      return true
    }
    if (bucket.some((earlier) => sameFinding(earlier, message))) return false
    bucket.push(message)
    return true
  })
}

function startOf(message: VFileMessage): {offset?: number | undefined; line?: number | undefined; column?: number | undefined} | undefined {
  return message.place && 'start' in message.place ? message.place.start : (message.place ?? undefined)
}

function endOffsetOf(message: VFileMessage): number | undefined {
  return message.place && 'end' in message.place ? message.place.end.offset : undefined
}

function sameFinding(a: VFileMessage, b: VFileMessage): boolean {
  const startA = startOf(a)
  const startB = startOf(b)
  return a.ruleId === b.ruleId && endOffsetOf(a) === endOffsetOf(b) && startA?.line === startB?.line && startA?.column === startB?.column && a.reason === b.reason
}

/** Keep messages at or above `minimum`. */
export function filterBySeverity<Message extends VFileMessage>(messages: readonly Message[], minimum: Severity): Message[] {
  return messages.filter((message) => atLeast(severityOf(message), minimum))
}

/** How many messages of each severity. */
export function countBySeverity(messages: readonly VFileMessage[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const message of messages) counts[severityOf(message)]++
  return counts
}
