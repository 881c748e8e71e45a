/**
 * Writes docs/corpus/banner-vs-manifest.md: every corpus cable whose banner disagrees with the
 * archive's classification (`MANIFEST.tsv`), under the rule of tests/helpers/banner-agreement.ts,
 * grouped by cause. The causes were found by reading each cable; a disagreement not listed in
 * `causes` below lands under "Not yet explained", and tests/corpus/parse.test.ts fails until the
 * report lists exactly the disagreements the parser produces.
 *
 * Run: `npx tsx scripts/corpus-banner-report.ts` (needs ../shared/corpus or CABLELINT_CORPUS).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parse} from '../src/syntax/parse.js'
import {bannerAgreement} from '../tests/helpers/banner-agreement.js'
import {corpusAvailable, corpusDir, corpusSkipMessage, readManifest, repoRoot} from '../tests/helpers/corpus.js'

/** The report's path, relative to the repository root. */
export const reportPath = 'docs/corpus/banner-vs-manifest.md'

interface Cause {
  title: string
  explanation: string
  ids: Record<string, string>
}

/** Each disagreement, read by hand: why the banner and the archive differ. */
const causes: Cause[] = [
  {
    title: 'The archive page holds another cable',
    explanation:
      'The text under this reference id is a different cable: its banner names another post or serial. The banner agrees with that text’s own portion markings; the archive’s classification belongs to the id, not to the text shown.',
    ids: {
      '05LIMA3609': 'text is LIMA 003571 (the same text as 05LIMA3571), banner C, portions (C)',
      '05MUSCAT679': 'text is BEIJING 002305, banner C, portions (C) and (U)',
      '05SOFIA1280': 'text is PARIS 005539, banner S, portions up to (S)',
      '07PARIS2725': 'text is MOSCOW 005154, banner S, portions up to (S)',
      '08LAPAZ751': 'text is BOGOTA 004036, banner S, portions up to (S/NF)',
      '09ASUNCION595': 'text is ASUNCION 000561, banner UNCLAS, portions (U) and (SBU)',
      '09HAVANA132': 'text is MOSCOW 000512, banner C, portions (C)',
      '09MOSCOW1108': 'text is SHENYANG 000004 under a Moscow routing (`CSE C R E T SECTION 01 OF 02 SHENYANG 000004`, a stray `C` before the banner), banner S, portions (S) and (S/NF)',
      '10MEXICO614': 'text is ISLAMABAD 000416, banner S, portions up to (S)',
      '88BAGHDAD28': 'text is a lower-cased STATE 068250 (`S e c r e t state 068250`), banner S, portions up to (S)',
    },
  },
  {
    title: 'The archive states a higher level than the cable',
    explanation:
      'Banner, routing indicator and every portion of the text agree with each other at the banner’s level; only the archive’s metadata says higher. The parser reads the text correctly.',
    ids: {
      '08RABAT727': 'archive SECRET; banner C, `ZNY CCCCC`, all 15 portions (C)',
      '09RPODUBAI349': 'archive SECRET//NOFORN; banner C, `ZNY CCCCC`, all portions (C)',
      '09TBILISI1123': 'archive SECRET//NOFORN; banner C, `ZNY CCCCC`, all portions (C)',
      '10AMMAN91': 'archive SECRET//NOFORN; banner C, `ZNY CCCCC`, portions (C) and (U)',
      '09BRASILIA1321': 'archive CONFIDENTIAL//NOFORN; banner UNCLAS, `ZNR UUUUU`, no portion markings',
      '09CAIRO258': 'archive SECRET//NOFORN; banner UNCLAS with a SENSITIVE line, `ZNR UUUUU`, portions (SBU) and (U)',
    },
  },
  {
    title: 'SBU shown only where the rule does not read',
    explanation:
      'The archive says SBU and the cable is UNCLAS, but its only SBU sign is outside a handling line, banner, subject or paragraph portion, so the rule does not count it. The parser reads the banner correctly.',
    ids: {
      '08BUENOSAIRES858': '`SENSITIVE` is glued into a routing line (`…SIPDIS SENSITIVEE.O.`), so there is no handling line',
      '09EFTOLONDON2211': 'banner `UNCLAS E F T O`; the only SBU mark is `(SBU/NF)` at the end of the REF line',
    },
  },
  {
    title: 'The cable contradicts itself',
    explanation: 'The banner (and routing indicator) say unclassified while the portions are classified; the banner is read as written.',
    ids: {
      '09TRIPOLI868': 'archive SBU; banner UNCLAS, `ZNR UUUUU`, yet every portion is (S/NF)',
    },
  },
]

/** The disagreeing cables, in id order, with the archive classification and the banner level read; and how many were counted. */
export function findDisagreements(): {disagreements: Array<{id: string; classification: string; banner: string}>; counted: number} {
  const disagreements: Array<{id: string; classification: string; banner: string}> = []
  let counted = 0
  for (const row of readManifest()) {
    const text = readFileSync(join(corpusDir, row.file), 'utf8')
    const result = bannerAgreement(text, parse(text), row.classification)
    if (result.agrees !== undefined) counted++
    if (result.agrees === false) disagreements.push({id: row.id, classification: row.classification, banner: result.banner ?? 'none read'})
  }
  disagreements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {disagreements, counted}
}

/** The report's Markdown for the given disagreements. */
export function renderReport(disagreements: ReadonlyArray<{id: string; classification: string; banner: string}>, counted: number): string {
  const lines = [
    '# Banner level against the archive classification',
    '',
    'Generated by `scripts/corpus-banner-report.ts` from the corpus (`../shared/corpus`); the explanations are written by',
    'hand in that script after reading each cable. `tests/corpus/parse.test.ts` checks that the cables listed here are',
    'exactly the ones that disagree, so this file cannot go stale.',
    '',
    'Rule (tests/helpers/banner-agreement.ts): the first banner’s level must equal the level of the archive classification',
    '(`CONFIDENTIAL…` → C, `SECRET…` → S, `UNCLASSIFIED` → U). The archive writes SBU cables as',
    '`UNCLASSIFIED//FOR OFFICIAL USE ONLY`; these agree with an SBU banner, or with an UNCLAS banner when the cable shows',
    'SBU in a `SENSITIVE`/`FOUO` handling line or banner caveat, or in an `(SBU)` subject or paragraph portion. Caveats',
    '(NOFORN) are not compared. Cables with no banner (neither parsed nor found by the test’s own loose banner-line',
    'search) and the plain-text cables without archive metadata are not counted.',
    '',
    `Counted: ${counted} cables. Disagreeing: ${disagreements.length} (agreement ${((100 * (counted - disagreements.length)) / counted).toFixed(2)} %).`,
    '',
  ]
  const byId = new Map(disagreements.map((item) => [item.id, item]))
  const explained = new Set<string>()
  for (const cause of causes) {
    const rows = Object.entries(cause.ids).filter(([id]) => byId.has(id))
    if (rows.length === 0) continue
    lines.push(`## ${cause.title}`, '', cause.explanation, '', '| cable | archive | banner read | what the text shows |', '| --- | --- | --- | --- |')
    for (const [id, note] of rows.sort(([a], [b]) => (a < b ? -1 : 1))) {
      const item = byId.get(id)!
      explained.add(id)
      lines.push(`| \`${id}\` | ${item.classification} | ${item.banner} | ${note} |`)
    }
    lines.push('')
  }
  const rest = disagreements.filter((item) => !explained.has(item.id))
  if (rest.length > 0) {
    lines.push('## Not yet explained', '', '| cable | archive | banner read | what the text shows |', '| --- | --- | --- | --- |')
    for (const item of rest) lines.push(`| \`${item.id}\` | ${item.classification} | ${item.banner} | (read it and add a cause) |`)
    lines.push('')
  }
  return lines.join('\n')
}

/** Cable ids listed in a report's tables (first column). */
export function reportIds(markdown: string): string[] {
  return [...markdown.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!corpusAvailable) {
    console.error(corpusSkipMessage)
    process.exitCode = 2
  } else {
    const {disagreements, counted} = findDisagreements()
    const path = join(repoRoot, reportPath)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, renderReport(disagreements, counted))
    console.log(`wrote ${reportPath}`)
  }
}
