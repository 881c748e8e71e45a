/**
 * A readable outline of a cable tree, for `cablelint parse FILE`: one line per node with its
 * line:column, what the parser understood, and a short excerpt. A formatter: pure
 * `(tree, text) → string` (STYLE principle 9).
 */
import type {Marking, PhrasingContent, Position, Root, RootContent} from './types.js'

const excerptLength = 60

/** Outline `tree` (parsed from `text`). */
export function outline(tree: Root, text: string): string {
  const out: string[] = [`root (${tree.format}${tree.partialExtract ? ', partial extract' : ''}) ${tree.children.length} nodes`]
  for (const node of tree.children) {
    out.push(`  ${at(node.position)} ${describe(node, text)}`)
    if (node.type === 'paragraph') {
      for (const portion of node.children) {
        out.push(`    ${at(portion.position)} portion ${portion.marking ? markingText(portion.marking) : '(unmarked)'} ${phrasingSummary(portion.children)}`)
      }
    }
  }
  for (const diagnostic of tree.diagnostics) {
    out.push(`  ${diagnostic.position ? at(diagnostic.position) : '-'} diagnostic ${diagnostic.id}: ${diagnostic.message}`)
  }
  return out.join('\n') + '\n'
}

function at(position: Position): string {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`.padEnd(13)
}

function markingText(marking: Marking): string {
  const level = marking.level ?? 'unknown'
  const caveats = marking.caveats.length > 0 ? `/${marking.caveats.join('/')}` : ''
  const rel = marking.releasableTo.length > 0 ? ` REL ${marking.releasableTo.join(', ')}` : ''
  return `${marking.raw} = ${level}${caveats}${rel}`
}

function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return JSON.stringify(flat.length > excerptLength ? `${flat.slice(0, excerptLength)}…` : flat)
}

function phrasingSummary(children: readonly PhrasingContent[]): string {
  const pages = children.filter((child) => child.type === 'pageBreak').length
  const markers = children.filter((child) => child.type === 'protectMarker').length
  const first = children.find((child) => child.type === 'text')
  const notes = [pages > 0 ? `${pages} page break${pages > 1 ? 's' : ''}` : '', markers > 0 ? `${markers} protect marker${markers > 1 ? 's' : ''}` : ''].filter(Boolean)
  return `${first ? excerpt(first.value) : '""'}${notes.length > 0 ? ` [${notes.join(', ')}]` : ''}`
}

function describe(node: RootContent, text: string): string {
  switch (node.type) {
    case 'metadata':
      return `metadata ${node.identifier?.value ?? '?'} classification=${node.classification?.value ?? '?'}${node.marking ? ` (${node.marking.level ?? '?'})` : ''}`
    case 'routing':
      return `routing ${node.securityIndicator ? `${node.securityIndicator.raw} (${node.securityIndicator.level ?? 'unknown'})` : 'no security indicator'}${node.dateTimeGroup ? ` DTG ${node.dateTimeGroup.value}` : ''}`
    case 'banner':
      return `banner ${markingText(node.marking)}${node.section ? ` section ${node.section.index}/${node.section.total}` : ''}${node.glued ? ' glued' : ''}${node.duplicate ? ' duplicate' : ''}`
    case 'handling':
      return `handling ${node.captions.join(' ')}`
    case 'executiveOrder':
      return `executiveOrder E.O. ${node.order.value} ${node.declassification.kind} ${JSON.stringify(node.declassification.raw)}`
    case 'tags':
      return `tags ${node.tags.map((tag) => tag.value).join(' ')}`
    case 'subject':
      return `subject ${node.marking ? markingText(node.marking) : '(unmarked)'} ${phrasingSummary(node.children)}`
    case 'references':
      return `references ${phrasingSummary(node.children)}`
    case 'classificationAuthority':
      return `classificationAuthority by=${JSON.stringify(node.classifiedBy?.value ?? null)} reason=${node.reasons ? `${node.reasons.section ?? '?'} (${node.reasons.categories.join(', ')})` : 'none'}`
    case 'paragraph':
      return `paragraph ${node.number ? `${node.number.pilcrow ? '¶' : ''}${node.number.raw}${node.number.last === undefined ? '' : `-${node.number.last}`}.${node.number.garbled ? ` (read as ¶${node.number.value})` : ''}` : '(unnumbered)'} ${node.children.length} portion${node.children.length === 1 ? '' : 's'}`
    case 'heading':
      return `heading ${excerpt(node.text.value)}`
    case 'pageBreak':
      return `pageBreak ${excerpt(node.raw)}`
    case 'signature':
      return `signature ${node.name.value}`
    case 'protectMarker':
      return `protectMarker ${node.raw.replace(/\s+/g, ' ')}`
    case 'text':
      return `text ${excerpt(text.slice(node.position.start.offset, node.position.end.offset))}`
  }
}
