/**
 * The parser over the real corpus (`../shared/corpus` or `CABLELINT_CORPUS`; skipped with a
 * message when absent). Each cable is parsed once; the assertions share the results.
 *
 * - every cable of `cables/` and `variants/` parses without an exception or `internalError`;
 * - the banner agrees with the archive classification (tests/helpers/banner-agreement.ts) for
 *   at least 99 % of the cables that have one, and the disagreeing cables are exactly those
 *   listed and explained in docs/corpus/banner-vs-manifest.md;
 * - every cable with an E.O. line (found here by a pattern of its own) gets an executiveOrder node;
 * - every marker of `PROTECT_MARKERS.tsv` is a protectMarker node at its line and column.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {reportIds, reportPath} from '../../scripts/corpus-banner-report.js'
import {parse} from '../../src/syntax/parse.js'
import type {ProtectMarker, Root} from '../../src/syntax/types.js'
import {bannerAgreement} from '../helpers/banner-agreement.js'
import {corpusAvailable, corpusDir, readManifest, readProtectMarkers, readVariantManifest, repoRoot, warnIfCorpusMissing, type ManifestRow} from '../helpers/corpus.js'

warnIfCorpusMissing()

interface Parsed {
  row: ManifestRow
  text: string
  tree: Root | undefined
  error: unknown
}

/** An E.O. line, independently of the parser's matcher. */
const executiveOrderLine = /^\s*E\.?\s?O\.?\s*\d{4,6}/

/**
 * `text` with each line broken at the first space after column 60, as a cable is wrapped when it
 * is sent (the archive re-flowed them): text the parser leaves outside every node is text no
 * redaction rule ever sees (`MINISTER YOUSSOUF TRIPOLI 00000559 001.2 OF 002`, 09TRIPOLI559).
 */
function wrapAt60(text: string): string {
  let out = ''
  let column = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '\n') column = 0
    else if (char === ' ' && column >= 60 && /\S/.test(text[index + 1] ?? '')) {
      out += '\n'
      column = 0
      continue
    } else column++
    out += char
  }
  return out
}

/** The UTF-16 offset of the `codePoints`-th code point of `text`. */
function utf16Offset(text: string, codePoints: number): number {
  let offset = 0
  for (let count = 0; count < codePoints && offset < text.length; count++) {
    const code = text.charCodeAt(offset)
    offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1
  }
  return offset
}

describe.skipIf(!corpusAvailable)('parser over the corpus', () => {
  const parsed = new Map<string, Parsed>()
  const variants: Parsed[] = []

  function read(row: ManifestRow): Parsed {
    const text = readFileSync(join(corpusDir, row.file), 'utf8')
    try {
      return {row, text, tree: parse(text), error: undefined}
    } catch (error) {
      return {row, text, tree: undefined, error}
    }
  }

  beforeAll(() => {
    for (const row of readManifest()) parsed.set(row.id, read(row))
    for (const row of readVariantManifest()) variants.push(read(row))
  })

  it('reads the whole manifest', () => {
    expect(parsed.size).toBe(6741)
    expect(variants).toHaveLength(47)
  })

  it('parses every cable and variant without an exception or internal error', () => {
    const failed: string[] = []
    for (const item of [...parsed.values(), ...variants]) {
      if (item.error !== undefined || !item.tree) failed.push(`${item.row.file}: threw ${String(item.error)}`)
      else if (item.tree.diagnostics.some((diagnostic) => diagnostic.id === 'internalError')) failed.push(`${item.row.file}: internalError`)
    }
    expect(failed).toEqual([])
  })

  it('agrees with the archive classification for at least 99 % of cables with a banner, and the report lists every disagreement', () => {
    let counted = 0
    const disagreeing: string[] = []
    for (const item of parsed.values()) {
      if (!item.tree) continue
      const result = bannerAgreement(item.text, item.tree, item.row.classification)
      if (result.agrees === undefined) continue
      counted++
      if (!result.agrees) disagreeing.push(item.row.id)
    }
    // The corpus README counts 154 cables with no recognisable banner line, 24 without metadata.
    expect(counted).toBeGreaterThan(6500)
    expect((counted - disagreeing.length) / counted).toBeGreaterThanOrEqual(0.99)
    const report = readFileSync(join(repoRoot, reportPath), 'utf8')
    expect(report).not.toContain('## Not yet explained')
    expect(reportIds(report).sort()).toEqual(disagreeing.sort())
  })

  it('places every character of every cable and variant, wrapped at 60 columns too, in a node but white space and dashes', () => {
    const outside: string[] = []
    const check = (name: string, text: string, tree: Root): void => {
      const covered = new Uint8Array(text.length)
      for (const node of tree.children) covered.fill(1, node.position.start.offset, node.position.end.offset)
      for (let index = 0; index < text.length; index++) {
        if (covered[index] === 0 && !/[\s-]/.test(text[index]!)) {
          outside.push(`${name}: ${JSON.stringify(text.slice(index, index + 40))}`)
          return
        }
      }
    }
    for (const item of [...parsed.values(), ...variants]) {
      if (!item.tree) continue
      check(item.row.file, item.text, item.tree)
      const wrapped = wrapAt60(item.text)
      check(`${item.row.file} wrapped`, wrapped, parse(wrapped))
    }
    expect(outside).toEqual([])
  })

  it('finds an E.O. line in every cable that has one', () => {
    const missing: string[] = []
    let withLine = 0
    for (const item of parsed.values()) {
      if (!item.tree) continue
      if (!item.text.split(/\r\n|\n|\r/).some((line) => executiveOrderLine.test(line))) continue
      withLine++
      if (!item.tree.children.some((node) => node.type === 'executiveOrder')) missing.push(item.row.id)
    }
    // README: 6,684 cables mention an E.O.; about 250 of them only glued mid-line (`…SIPDISE.O. 12958`).
    expect(withLine).toBeGreaterThan(6400)
    expect(missing).toEqual([])
  })

  it('finds every protect marker of PROTECT_MARKERS.tsv at its line and column', () => {
    const rows = readProtectMarkers()
    expect(rows).toHaveLength(285)
    const problems: string[] = []
    const markersOf = new Map<string, ProtectMarker[]>()
    for (const row of rows) {
      const item = parsed.get(row.id)
      if (!item?.tree) {
        problems.push(`${row.id}: not parsed`)
        continue
      }
      let markers = markersOf.get(row.id)
      if (!markers) {
        const found: ProtectMarker[] = []
        visit(item.tree, 'protectMarker', (node) => {
          found.push(node as unknown as ProtectMarker)
        })
        markers = found
        markersOf.set(row.id, markers)
      }
      // The TSV counts code points; JavaScript strings count UTF-16 units.
      const offset = utf16Offset(item.text, row.offset)
      const node = markers.find((marker) => marker.position.start.offset === offset)
      if (!node) {
        problems.push(`${row.id} ${row.line}:${row.column} ${row.marker}: no protectMarker node there`)
        continue
      }
      const lineStart = offset - (node.position.start.column - 1)
      const codePointColumn = [...item.text.slice(lineStart, offset)].length + 1
      if (node.position.start.line !== row.line || codePointColumn !== row.column) {
        problems.push(`${row.id}: at ${node.position.start.line}:${codePointColumn}, expected ${row.line}:${row.column}`)
      }
      if (node.raw.replace(/\s+/g, ' ') !== row.marker) problems.push(`${row.id}: raw ${JSON.stringify(node.raw)}, expected ${row.marker}`)
    }
    expect(problems).toEqual([])
  })
})
