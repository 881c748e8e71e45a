/**
 * Protect markers as the parser found them, with what the redactor needs around each:
 * the text range of the node that holds it (a portion's content, the subject, …), and the
 * page-continuation lines to look through when reading the name before it.
 *
 * The marker grammar itself lives in `src/syntax/protect-marker.ts`; this module only
 * reads the tree, so there is one definition of what a marker is.
 */
import type {Nodes, ProtectMarker, Root} from '../syntax/types.js'
import {partitionPoint} from '../partition-point.js'

/** A half-open range of the text. */
export interface Range {
  start: number
  end: number
}

/** `[start, end)` without its leading and trailing white space. */
export function trimRange(text: string, start: number, end: number): Range {
  let from = start
  let to = end
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  return {start: from, end: to}
}

/** A protect marker and the range of text it can refer into. */
export interface MarkerSite {
  marker: ProtectMarker
  /**
   * The content range of the nearest enclosing portion, subject, references or other root
   * child; undefined when the marker is itself a child of the root (then the reader bounds the
   * context by blank lines).
   */
  container?: Range | undefined
}

/** Facts the redactor reads from the tree, gathered in one walk. */
export interface TreeFacts {
  markers: MarkerSite[]
  /** Page-continuation lines (`TRIPOLI 00000889  002 OF 004`), sorted by start. */
  pageBreaks: Range[]
}

function rangeOf(node: {position: {start: {offset: number}; end: {offset: number}}}): Range {
  return {start: node.position.start.offset, end: node.position.end.offset}
}

/** The text range a marker inside `node` can refer into. */
function containerRange(node: Nodes): Range {
  // A portion's content starts after its marking: the name never precedes the marking.
  if (node.type === 'portion') return {start: node.marking?.position.end.offset ?? node.position.start.offset, end: node.position.end.offset}
  return rangeOf(node)
}

function childrenOf(node: Nodes): readonly Nodes[] {
  return 'children' in node ? (node.children as readonly Nodes[]) : []
}

/** Walk the tree once and gather markers (with containers) and page breaks. */
export function gatherTreeFacts(tree: Root): TreeFacts {
  const markers: MarkerSite[] = []
  const pageBreaks: Range[] = []
  // The container is passed down as its node, and its range made only for a marker inside it:
  // most cables have no marker, and then no range is made at all (linting walks every tree).
  const visit = (node: Nodes, container: Nodes | undefined): void => {
    if (node.type === 'protectMarker') {
      markers.push({marker: node, container: container === undefined ? undefined : containerRange(container)})
      return
    }
    if (node.type === 'pageBreak') {
      pageBreaks.push(rangeOf(node))
      return
    }
    let inner = container
    // A portion, or else a subject, references or other child of the root (the only parents
    // outside portions).
    if (node.type === 'portion' || (node.type !== 'root' && inner === undefined)) inner = node
    for (const child of childrenOf(node)) visit(child, inner)
  }
  visit(tree, undefined)
  markers.sort((a, b) => a.marker.position.start.offset - b.marker.position.start.offset)
  pageBreaks.sort((a, b) => a.start - b.start)
  return {markers, pageBreaks}
}

/** The page breaks that overlap `[from, to)`. */
export function breaksOverlapping(pageBreaks: readonly Range[], from: number, to: number): Range[] {
  const found: Range[] = []
  // Searched, not scanned: a cable of thousands of pages naming thousands of people asked every
  // page break about every name. The ranges are disjoint and sorted by start, so by end too.
  for (let index = partitionPoint(pageBreaks.length, (at) => pageBreaks[at]!.end > from); index < pageBreaks.length && pageBreaks[index]!.start < to; index++) {
    found.push(pageBreaks[index]!)
  }
  return found
}

/** Whether a page break lies wholly inside `[start, end]`. */
export function hasBreakWithin(pageBreaks: readonly Range[], start: number, end: number): boolean {
  // The first break that starts at or after `start` ends first of those that do.
  const first = pageBreaks[partitionPoint(pageBreaks.length, (at) => pageBreaks[at]!.start >= start)]
  return first !== undefined && first.end <= end
}
