/**
 * The corpus as the archive's plain-text release writes it (tests/helpers/plain-text-release.ts:
 * the archive's fields first, the body run into the last header line). Cables come in both
 * renderings, so each must read the same in both:
 *
 * - the banner: every cable whose banner the parser reads in the corpus rendering has a banner
 *   of the same level in the plain-text one, and in a row of the release's CSV file, but for the
 *   few listed below;
 * - redaction at U: nothing the corpus rendering's copy withholds is released in the plain-text
 *   one, but for header lines (banner, routing, the archive's fields and notes before the banner).
 *
 * Skipped with a message when the corpus is absent.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {redact} from '../../src/redact/redact.js'
import {parse} from '../../src/syntax/parse.js'
import type {Root} from '../../src/syntax/types.js'
import {corpusAvailable, corpusDir, readTsv, warnIfCorpusMissing} from '../helpers/corpus.js'
import {asCsvRow, asPlainTextRelease, type PlainTextRelease} from '../helpers/plain-text-release.js'

warnIfCorpusMissing()

/**
 * Banners the plain-text rendering loses, each for a reason of its own: an export's
 * `DESTINATION:` line glued to the one before (09KUWAIT110, 10BERLIN180), and a `Cable dated:`
 * stamp glued to a plain-words addressee (02ANKARA8305). A level word with a space missing,
 * glued on (`CO N F I D E N T I A L`, `SE C R E T`, `C ONFIDENTIAL`, `SS E C R E T`: 08PARIS1501,
 * 09HANOI809, 10SHENYANG4, 09BAKU744, 05PARIS1699), is read since the garbled-word search.
 */
const maxLostBanners = 3

/**
 * As a row of the CSV file, the same 3 and 9 more: a garbled `SECTION` glued on (`ECTION 01 OF
 * 02`, 08ECTION01OF02MANAMA492; `SCTION`, `GF`), and corpus texts that already hold a CSV field
 * separator before their banner, which the row's quoting doubles (`"",""C O N F I D E N T I A L`,
 * 05BOGOTA1775).
 */
const maxLostCsvBanners = 12

interface Pair {
  id: string
  text: string
  tree: Root
  release: PlainTextRelease
  releaseTree: Root
}

function firstBannerLevel(tree: Root): string | null | undefined {
  const banner = tree.children.find((node) => node.type === 'banner' && !node.duplicate)
  return banner?.type === 'banner' ? banner.marking.level : undefined
}

/** Offsets of the rendering that are header: banner lines, routing, fields and text before the banner. */
function headerOffsets(text: string, tree: Root): Uint8Array {
  const header = new Uint8Array(text.length)
  let bannerSeen = false
  for (const node of tree.children) {
    const {start, end} = node.position
    if (node.type === 'banner') {
      bannerSeen = true
      const lineStart = text.lastIndexOf('\n', start.offset - 1) + 1
      const lineEnd = text.indexOf('\n', end.offset)
      header.fill(1, lineStart, lineEnd === -1 ? text.length : lineEnd)
    } else if (node.type === 'routing' || node.type === 'metadata' || (node.type === 'text' && !bannerSeen)) {
      header.fill(1, start.offset, end.offset)
    }
  }
  return header
}

describe.skipIf(!corpusAvailable)('the corpus in the plain-text release rendering', () => {
  const pairs: Pair[] = []
  const rows = new Map<string, Record<string, string>>()

  beforeAll(() => {
    for (const row of readTsv(join(corpusDir, 'MANIFEST.tsv'))) {
      rows.set(row.id ?? '', row)
      const text = readFileSync(join(corpusDir, row.file ?? ''), 'utf8')
      const release = asPlainTextRelease(text, row)
      if (release) pairs.push({id: row.id ?? '', text, tree: parse(text), release, releaseTree: parse(release.text)})
    }
  })

  it('reads the same banner level in both renderings', () => {
    expect(pairs.length).toBeGreaterThan(6500)
    const lost: string[] = []
    let withBanner = 0
    for (const pair of pairs) {
      const level = firstBannerLevel(pair.tree)
      if (level === undefined) continue
      withBanner++
      const found = firstBannerLevel(pair.releaseTree)
      if (found !== level) lost.push(`${pair.id}: ${level} → ${found ?? 'none'}`)
    }
    expect(withBanner).toBeGreaterThan(6500)
    expect(lost.length, lost.join('\n')).toBeLessThanOrEqual(maxLostBanners)
  })

  it('reads the same banner level in a row of the CSV file', () => {
    const lost: string[] = []
    let withBanner = 0
    for (const [number, pair] of pairs.entries()) {
      const level = firstBannerLevel(pair.tree)
      const row = asCsvRow(pair.text, rows.get(pair.id) ?? {}, 100000 + number)
      if (level === undefined || !row) continue
      withBanner++
      const found = firstBannerLevel(parse(row.text))
      if (found !== level) lost.push(`${pair.id}: ${level} → ${found ?? 'none'}`)
    }
    expect(withBanner).toBeGreaterThan(6500)
    expect(lost.length, lost.join('\n')).toBeLessThanOrEqual(maxLostCsvBanners)
  })

  it('releases at U nothing the corpus rendering withholds, but header lines', () => {
    const released: string[] = []
    for (const pair of pairs) {
      const original = redact(pair.text, {release: 'U', tree: pair.tree})
      const rendered = redact(pair.release.text, {release: 'U', tree: pair.releaseTree})
      if (!original.ok || !rendered.ok) continue
      const withheld = new Uint8Array(pair.text.length)
      for (const span of original.log) withheld.fill(1, span.start, span.end)
      const kept = new Uint8Array(pair.release.text.length)
      for (const span of rendered.log) kept.fill(1, span.start, span.end)
      const header = headerOffsets(pair.release.text, pair.releaseTree)
      for (let index = 0; index < pair.release.text.length; index++) {
        const from = pair.release.map[index]!
        if (from < 0 || withheld[from] === 0 || kept[index] === 1 || header[index] === 1 || /\s/.test(pair.release.text[index]!)) continue
        released.push(`${pair.id}: ${JSON.stringify(pair.release.text.slice(index, index + 60))}`)
        break
      }
    }
    expect(released).toEqual([])
  })
})
