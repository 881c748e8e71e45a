/**
 * Facts about a cable that several rules ask for, read from the tree only (never from text):
 * the banner, the cable's level, its dissemination caveats and its date of origin.
 */
import type {Caveat, Level} from '../classification.js'
import type {Banner, CalendarDate, Marking, Nodes, Portion, Root} from '../syntax/types.js'

/** The first banner that does not repeat an earlier one. */
export function firstBanner(tree: Root): Banner | undefined {
  for (const node of tree.children) if (node.type === 'banner' && !node.duplicate) return node
  return undefined
}

/** The cable's overall level: the banner's, when it can be read. */
export function cableLevel(tree: Root): Level | undefined {
  return firstBanner(tree)?.marking.level ?? undefined
}

/** Whether the banner or a handling line carries `caveat` (NOFORN is rolled up to either). */
export function cableHasCaveat(tree: Root, caveat: Caveat): boolean {
  if (firstBanner(tree)?.marking.caveats.includes(caveat)) return true
  return tree.children.some((node) => node.type === 'handling' && node.caveats.includes(caveat))
}

/** Every portion of the body, in order. */
export function portions(tree: Root): Portion[] {
  const found: Portion[] = []
  for (const node of tree.children) if (node.type === 'paragraph') found.push(...node.children)
  return found
}

/** Every portion marking of the body and the subject's marking, in order. */
export function portionMarkings(tree: Root): Marking[] {
  const found: Marking[] = []
  for (const node of tree.children) {
    if (node.type === 'subject' && node.marking) found.push(node.marking)
    if (node.type === 'paragraph') for (const portion of node.children) if (portion.marking) found.push(portion.marking)
  }
  return found
}

/** The date the cable was sent: the routing date-time group, else the archive's `Created`. */
export function originDate(tree: Root): CalendarDate | undefined {
  for (const node of tree.children) if (node.type === 'routing' && node.date) return node.date
  for (const node of tree.children) if (node.type === 'metadata' && node.createdDate) return node.createdDate
  return undefined
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/** `date` moved `years` years on (29 Feb stays 29 Feb; only the comparison uses it). */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return {year: date.year + years, month: date.month, day: date.day}
}

/** `YYYY-MM-DD`, for messages. */
export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

/** A date as a value, `{year, month, day}`. */
export function day(year: number, month: number, dayOfMonth: number): CalendarDate {
  return {year, month, day: dayOfMonth}
}

/** Type guard for a node type (for `tree.children.find`). */
export function isType<Type extends Nodes['type']>(type: Type) {
  return (node: Nodes): node is Extract<Nodes, {type: Type}> => node.type === type
}
