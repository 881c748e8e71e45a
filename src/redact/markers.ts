/**
 * Protect markers as the parser found them, with what the redactor needs around each:
 * the text range of the node that holds it (a portion's content, the subject, …), and the
 * page-continuation lines to look through when reading the name before it.
 *
 * The marker grammar itself lives in `src/syntax/protect-marker.ts`; this module only
 * reads the tree, so there is one definition of what a marker is.
 */
import type {Nodes, ProtectMarker, Root} from '../syntax/types.js'

/** A half-open range of the text. */
export interface Range {
  start: number
  end: number
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

function childrenOf(node: Nodes): readonly Nodes[] {
  return 'children' in node ? (node.children as readonly Nodes[]) : []
}

/** Walk the tree once and gather markers (with containers) and page breaks. */
export function gatherTreeFacts(tree: Root): TreeFacts {
  const markers: MarkerSite[] = []
  const pageBreaks: Range[] = []
  const visit = (node: Nodes, container: Range | undefined): void => {
    if (node.type === 'protectMarker') {
      markers.push({marker: node, container})
      return
    }
    if (node.type === 'pageBreak') {
      pageBreaks.push(rangeOf(node))
      return
    }
    let inner = container
    if (node.type === 'portion') {
      // A portion's content starts after its marking: the name never precedes the marking.
      const start = node.marking?.position.end.offset ?? node.position.start.offset
      inner = {start, end: node.position.end.offset}
    } else if (node.type !== 'root' && inner === undefined) {
      // A subject, references or other child of the root (the only parents outside portions).
      inner = rangeOf(node)
    }
    for (const child of childrenOf(node)) visit(child, inner)
  }
  visit(tree, undefined)
  markers.sort((a, b) => a.marker.position.start.offset - b.marker.position.start.offset)
  pageBreaks.sort((a, b) => a.start - b.start)
  return {markers, pageBreaks}
}
