/**
 * Properties of the parser over arbitrary strings and over strings built from cable-like
 * fragments: it never throws, never falls back to `internalError`, and every position it writes
 * is exact: text node values, Field values and protect-marker raws equal the source slice
 * (plain format), children lie within their parents, and line/column agree with the offset.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/syntax/parse.js'
import type {Point, Position, Root} from '../../src/syntax/types.js'
import {pointOf} from '../helpers/point.js'

const fragments = [
  'C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697',
  'S E C R E T MOSCOW 000226',
  'UNCLAS GUANGZHOU 000463',
  'SS E C R E T PARIS 000381',
  'Cable dated:2007-12-10T05:54:00C O N F I D E N T I A L RIYADH 002441',
  '\u2028\u2028UNCLAS SECTION 01 OF 02 MEXICO 002205',
  'SENSITIVE',
  'SIPDIS',
  'E.O. 12958: DECL: 12/31/2033',
  'EO 12958 N/A',
  'TAGS: PGOV PHUM',
  'SUBJECT: (C) Talks',
  'REF: A. STATE 1234 (B) BEIJING 99',
  'Classified By: Ambassador Jon Huntsman, Reasons 1.4 (b), (d)',
  '1. (C)',
  '¶2. (SBU) The minister',
  '11. (S//NF)',
  '-- (U) bullet',
  '¶',
  '(protect)',
  'Marcel Biato (strictly\nprotect)',
  'xxxxxxxxxxxx(strictly protect source)',
  'TRIPOLI 00000889  002 OF 004',
  'PAGE 02 HARARE 05461 01 OF 02 271458Z',
  'VZCZCXRO5674',
  'DE RUEHBR #1321/01 3201428',
  'ZNY CCCCC ZZH',
  'R 161428Z NOV 09',
  'FM AMEMBASSY BRASILIA',
  'TO RUEHC/SECSTATE WASHDC 5363',
  'INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06 BEIJING 000509',
  'This record is a partial extract of the original cable. The full text of the original cable is not available.S E C R E T SECTION 01 OF 03 ANKARA 002521',
  'USMISSION USUN NEW YORKC O N F I D E N T I A L SECTION 01 OF 02 PARIS 011204',
  'SECDEF WASHDC","UNCLAS SECTION 02 OF 07 HARARE 002271',
  '100001,4/18/2003 08:08,03ANKARA2521,"Embassy Ankara",SECRET,,"',
  '","C O N F I D E N T I A L HAVANA 000221',
  'ID:190812 Cable dated:2009-02-06T13:05:00C O N F I D E N T I A L SECTION 01 OF 02 LONDON 000333NOFORNSIPDIS E.O. 12958: DECL: 02/04/2019',
  '----------------- header ends ----------------',
  '03ANKARA2521',
  'Fri Apr 18 00:00:00 +0200 2003',
  'SECRET',
  'Embassy Ankara',
  'Summary',
  '-------',
  'BOUGHNER',
  'This record is a partial extract of the original cable.',
  '[PGOV](#) US\\$26',
  '😀 (C) astral',
  ' ',
  '\t',
]
const separators = ['\n', '\r\n', '\r', ' ', '', '\n\n', '\u2028']

const cableLike = fc
  .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom(...separators)), {maxLength: 30})
  .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''))

const anyText = fc.oneof(fc.string({unit: 'grapheme', maxLength: 300}), fc.string({unit: 'binary', maxLength: 300}), fc.string({maxLength: 300}))


function checkPoint(text: string, point: Point, where: string): void {
  expect(point.offset, where).toBeGreaterThanOrEqual(0)
  expect(point.offset, where).toBeLessThanOrEqual(text.length)
  expect({line: point.line, column: point.column}, where).toEqual(pointOf(text, point.offset))
}

function checkPosition(text: string, position: Position, where: string, parent?: Position): void {
  checkPoint(text, position.start, where)
  checkPoint(text, position.end, where)
  expect(position.start.offset, where).toBeLessThanOrEqual(position.end.offset)
  if (parent) {
    expect(position.start.offset, `${where} within parent`).toBeGreaterThanOrEqual(parent.start.offset)
    expect(position.end.offset, `${where} within parent`).toBeLessThanOrEqual(parent.end.offset)
  }
}

function isField(value: unknown): value is {value: string; position: Position} {
  return typeof value === 'object' && value !== null && 'position' in value && 'value' in value && typeof (value as {value: unknown}).value === 'string'
}

function isRawValue(value: unknown): value is {raw: string; position: Position} {
  return typeof value === 'object' && value !== null && 'position' in value && typeof (value as {raw?: unknown}).raw === 'string' && !('type' in value)
}

/** Walk every node and every Field, checking positions and slices. */
function checkTree(text: string, tree: Root): void {
  expect(tree.diagnostics.map((diagnostic) => diagnostic.id)).not.toContain('internalError')
  const plain = tree.format === 'plain'
  const visitNode = (node: Record<string, unknown> & {type: string; position: Position}, parent: Position | undefined): void => {
    checkPosition(text, node.position, node.type, parent)
    const slice = text.slice(node.position.start.offset, node.position.end.offset)
    if (node.type === 'text' && plain) expect(node.value, 'text value').toBe(slice)
    if (node.type === 'protectMarker') expect(node.raw, 'protectMarker raw').toBe(slice)
    for (const [key, value] of Object.entries(node)) {
      if (key === 'children' || key === 'position') continue
      const values = Array.isArray(value) ? value : [value]
      for (const item of values) {
        // A paragraph number's position covers its pilcrow and dot, its `raw` only the number.
        if (key === 'number') continue
        if (isField(item)) {
          checkPosition(text, item.position, `${node.type}.${key}`, node.position)
          if (plain) expect(item.value, `${node.type}.${key}`).toBe(text.slice(item.position.start.offset, item.position.end.offset))
        }
        // Markings, declassification, reasons, security indicator: `raw` is the source slice in any format.
        if (isRawValue(item)) {
          checkPosition(text, item.position, `${node.type}.${key}`, node.position)
          expect(item.raw, `${node.type}.${key}.raw`).toBe(text.slice(item.position.start.offset, item.position.end.offset))
        }
      }
    }
    if (Array.isArray(node.children)) {
      for (const child of node.children as Array<Record<string, unknown> & {type: string; position: Position}>) visitNode(child, node.position)
    }
  }
  visitNode(tree as unknown as Record<string, unknown> & {type: string; position: Position}, undefined)
}

describe('parse: total and exact positions', () => {
  it('never throws and keeps positions exact on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkTree(text, parse(text))
      }),
      {numRuns: 300},
    )
  })

  it('never throws and keeps positions exact on cable-like strings', () => {
    fc.assert(
      fc.property(cableLike, (text) => {
        checkTree(text, parse(text))
      }),
      {numRuns: 500},
    )
  })

  it('the checker itself fails on a shifted position', () => {
    const text = 'UNCLAS GUANGZHOU 000463\n\n1. (U) Text here.\n'
    const tree = parse(text)
    checkTree(text, tree)
    const paragraph = tree.children.find((node) => node.type === 'paragraph')
    const textNode = paragraph?.type === 'paragraph' ? paragraph.children[0]?.children.find((node) => node.type === 'text') : undefined
    expect(textNode).toBeDefined()
    if (textNode) textNode.position.start = {...textNode.position.start, offset: textNode.position.start.offset + 1}
    expect(() => checkTree(text, tree)).toThrow()
  })

  it('reads a garbled banner and keeps its raw form and offsets', () => {
    const text = 'SS E C R E T MOSCOW 000226\n\nE.O. 12958: DECL: 12/31/2033\n'
    const tree = parse(text)
    const banner = tree.children.find((node) => node.type === 'banner')
    expect(banner?.type === 'banner' && banner.marking.level).toBe('S')
    expect(banner?.type === 'banner' && banner.marking.raw).toBe('SS E C R E T')
    expect(banner?.type === 'banner' && banner.serial?.value).toBe('000226')
    checkTree(text, tree)
  })
})
