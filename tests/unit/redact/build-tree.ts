/**
 * Hand-built trees for the redactor's unit tests, so they do not depend on the parser.
 * A deliberately tiny reader of a tiny cable dialect:
 * - a line `CONFIDENTIAL` / `SECRET` / `UNCLASSIFIED` / `UNCLAS` is the banner (`SENSITIVE` is handling);
 * - `SUBJECT: (C) …` is the subject (marking optional);
 * - paragraphs are separated by blank lines; `1. (C) …` opens a marked one, anything else is unmarked;
 *   ` -- (U) ` inside a paragraph starts a new portion;
 * - `TRIPOLI 00000889  002 OF 004` lines are page breaks;
 * - `(…protect…)` is a protect marker.
 */
import {location} from 'vfile-location'
import type {Level} from '../../../src/classification.js'
import type {
  Marking,
  PageBreak,
  Paragraph,
  PhrasingContent,
  Portion,
  Position,
  ProtectMarker,
  Root,
  RootContent,
} from '../../../src/syntax/types.js'

const levelOf: Record<string, Level> = {U: 'U', SBU: 'SBU', C: 'C', S: 'S', TS: 'TS'}

export function buildTree(text: string): Root {
  const place = location(text)
  const pos = (start: number, end: number): Position => {
    const a = place.toPoint(start)
    const b = place.toPoint(end)
    if (a === undefined || b === undefined) throw new Error(`bad offsets ${start}-${end}`)
    return {start: {line: a.line, column: a.column, offset: start}, end: {line: b.line, column: b.column, offset: end}}
  }
  const marking = (raw: string, start: number): Marking => ({
    level: levelOf[raw.slice(1, -1).split('/')[0] ?? ''] ?? null,
    caveats: [],
    releasableTo: [],
    raw,
    irregularities: [],
    position: pos(start, start + raw.length),
  })
  const phrasing = (start: number, end: number): PhrasingContent[] => {
    const slice = text.slice(start, end)
    const children: PhrasingContent[] = []
    let cursor = start
    const pattern = /\([^()]*?\bprotect\b[^()]*\)|^[A-Z]+ \d{8}\s+\d{3}(?:\.\d)? OF \d{3}[ \t]*$/gim
    for (const match of slice.matchAll(pattern)) {
      const at = start + match.index
      if (at > cursor) children.push({type: 'text', value: text.slice(cursor, at), position: pos(cursor, at)})
      const end2 = at + match[0].length
      if (match[0].startsWith('(')) {
        const node: ProtectMarker = {
          type: 'protectMarker',
          raw: match[0],
          form: match[0].slice(1, -1).toLowerCase().replace(/\s+/g, ' ').trim(),
          position: pos(at, end2),
        }
        children.push(node)
      } else {
        const node: PageBreak = {type: 'pageBreak', raw: match[0], position: pos(at, end2)}
        children.push(node)
      }
      cursor = end2
    }
    if (cursor < end) children.push({type: 'text', value: text.slice(cursor, end), position: pos(cursor, end)})
    return children
  }

  const children: RootContent[] = []
  const blocks = [...text.matchAll(/(?:^|(?<=\n))(?:[^\n]*\S[^\n]*(?:\n|$))+/g)]
  for (const block of blocks) {
    const start = block.index
    const end = start + block[0].replace(/\s+$/, '').length
    const body = text.slice(start, end)
    const banner = /^(CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS)\b/.exec(body)
    if (banner !== null && !body.includes('\n')) {
      const word = banner[1] ?? ''
      const level: Level = word === 'CONFIDENTIAL' ? 'C' : word === 'SECRET' ? 'S' : 'U'
      children.push({
        type: 'banner',
        marking: {level, caveats: [], releasableTo: [], raw: word, irregularities: [], position: pos(start, start + word.length)},
        glued: false,
        duplicate: false,
        position: pos(start, end),
      })
      continue
    }
    if (body === 'SENSITIVE') {
      children.push({type: 'handling', captions: ['SENSITIVE'], caveats: ['SENSITIVE'], position: pos(start, end)})
      continue
    }
    const subject = /^SUBJECT:\s*(\([A-Z/]+\))?\s*/.exec(body)
    if (subject !== null) {
      const raw = subject[1]
      const node = {type: 'subject' as const, children: phrasing(start + subject[0].length, end), position: pos(start, end)}
      children.push(raw === undefined ? node : {...node, marking: marking(raw, start + body.indexOf(raw))})
      continue
    }
    if (/^[A-Z]+ \d{8}\s+\d{3}(?:\.\d)? OF \d{3}\s*$/.test(body)) {
      children.push({type: 'pageBreak', raw: body, position: pos(start, end)})
      continue
    }
    const numbered = /^(\d+)\.\s+/.exec(body)
    const portions: Portion[] = []
    const contentStart = start + (numbered?.[0].length ?? 0)
    const markingPattern = /(?:^|\s--\s)(\((?:U|SBU|C|S|TS)(?:\/[A-Z]+)?\))/g
    const found = [...text.slice(contentStart, end).matchAll(markingPattern)].filter(
      (match) => match.index === 0 || match[0].startsWith(' --'),
    )
    if (found.length === 0 || found[0]?.index !== 0) {
      const until = found[0] === undefined ? end : contentStart + found[0].index
      portions.push({type: 'portion', children: phrasing(contentStart, until), position: pos(contentStart, until)})
    }
    found.forEach((match, index) => {
      const raw = match[1] ?? ''
      const at = contentStart + match.index + match[0].indexOf(raw)
      const next = found[index + 1]
      const until = next === undefined ? end : contentStart + next.index
      portions.push({
        type: 'portion',
        marking: marking(raw, at),
        children: phrasing(at + raw.length, until),
        position: pos(at, until),
      })
    })
    const paragraph: Paragraph = {type: 'paragraph', children: portions, position: pos(start, end)}
    if (numbered !== null) {
      paragraph.number = {
        raw: numbered[1] ?? '',
        value: Number(numbered[1]),
        garbled: false,
        pilcrow: false,
        position: pos(start, start + (numbered[1]?.length ?? 0)),
      }
    }
    children.push(paragraph)
  }
  return {
    type: 'root',
    children,
    format: 'plain',
    partialExtract: false,
    diagnostics: [],
    position: pos(0, text.length),
  }
}
