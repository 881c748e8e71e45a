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
  const seen = new Set<string>()
  return messages.filter((message) => {
    const start = message.place && 'start' in message.place ? message.place.start : message.place
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    // The reason last: the fields before it never hold a NUL, so the key is unambiguous.
    const key = `${message.ruleId}\u0000${start?.offset}\u0000${end?.offset}\u0000${start?.line}\u0000${start?.column}\u0000${message.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
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
