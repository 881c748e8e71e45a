/**
 * `gatherTreeFacts`: each protect marker with the text range it may refer into (its portion
 * after the marking, its subject, references or other block; none at the root), and the
 * page-continuation lines, both sorted by offset. Issue 6 (mutation testing).
 */
import {describe, expect, it} from 'vitest'
import {gatherTreeFacts} from '../../../src/redact/markers.js'
import type {PageBreak, Position, ProtectMarker, References, Root, RootContent} from '../../../src/syntax/types.js'
import {buildTree} from './build-tree.js'

const at = (start: number, end: number): Position => ({start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}})
const marker = (start: number, end: number): ProtectMarker => ({type: 'protectMarker', raw: '(protect)', form: 'protect', position: at(start, end)})
const pageBreak = (start: number, end: number): PageBreak => ({type: 'pageBreak', raw: 'PAGE 02', position: at(start, end)})
const root = (children: RootContent[], end = 200): Root => ({type: 'root', children, format: 'plain', partialExtract: false, diagnostics: [], position: at(0, end)})

/** Each marker as `offset in container-start..container-end` (or `at root`). */
function sites(tree: Root): string[] {
  return gatherTreeFacts(tree).markers.map(
    (site) => `${site.marker.position.start.offset} in ${site.container === undefined ? 'root' : `${site.container.start}..${site.container.end}`}`,
  )
}

describe('gatherTreeFacts', () => {
  it('bounds a marker in a marked portion by the portion after its marking', () => {
    const text = 'SECRET\n\n1. (C) Li Qing (protect) said. -- (U) Wang (protect) too.\n'
    const portionEnd = text.indexOf(' -- ')
    expect(sites(buildTree(text))).toEqual([
      `${text.indexOf('(protect)')} in ${text.indexOf('(C)') + 3}..${portionEnd}`,
      `${text.lastIndexOf('(protect)')} in ${text.indexOf('(U)') + 3}..${text.indexOf('too.') + 4}`,
    ])
  })

  it('bounds a marker in an unmarked portion by the whole portion', () => {
    const text = 'SECRET\n\n1. Li Qing (protect) said.\n'
    expect(sites(buildTree(text))).toEqual([`${text.indexOf('(protect)')} in ${text.indexOf('Li')}..${text.indexOf('said.') + 5}`])
  })

  it('bounds a marker in the subject by the whole subject', () => {
    const text = 'SECRET\n\nSUBJECT: (C) Meeting Li Qing (protect)\n'
    expect(sites(buildTree(text))).toEqual([`${text.indexOf('(protect)')} in 8..${text.length - 1}`])
  })

  it('bounds a marker in the references by the references', () => {
    const references: References = {type: 'references', children: [marker(12, 21)], position: at(5, 30)}
    expect(sites(root([references]))).toEqual(['12 in 5..30'])
  })

  it('bounds a marker in any other block by that block, and gives none to a marker at the root', () => {
    const block = {type: 'quote', children: [marker(40, 49)], position: at(35, 60)} as unknown as RootContent
    expect(sites(root([marker(2, 11), block]))).toEqual(['2 in root', '40 in 35..60'])
    const [site] = gatherTreeFacts(root([marker(2, 11)])).markers
    expect(site).toEqual({marker: marker(2, 11)})
  })

  it('sorts markers and page breaks by offset whatever the tree order', () => {
    const references: References = {type: 'references', children: [marker(70, 79), pageBreak(60, 67)], position: at(55, 90)}
    const facts = gatherTreeFacts(root([references, marker(30, 39), pageBreak(10, 17), marker(2, 11)]))
    expect(facts.markers.map((site) => site.marker.position.start.offset)).toEqual([2, 30, 70])
    expect(facts.pageBreaks).toEqual([
      {start: 10, end: 17},
      {start: 60, end: 67},
    ])
  })

  it('finds page breaks inside portions and between paragraphs', () => {
    const text = 'SECRET\n\n1. (C) Talks\nTRIPOLI 00000889  002 OF 004\nresumed.\n\nTRIPOLI 00000889  003 OF 004\n\n2. (C) End.\n'
    const first = text.indexOf('TRIPOLI')
    const second = text.lastIndexOf('TRIPOLI')
    expect(gatherTreeFacts(buildTree(text)).pageBreaks).toEqual([
      {start: first, end: first + 28},
      {start: second, end: second + 28},
    ])
  })
})
