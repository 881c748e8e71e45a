/**
 * Writes docs/corpus/lint-report.md: the findings of `cablelint lint` over every corpus cable,
 * counted per rule and severity, and for every rule (per severity where a rule reports at more
 * than one) ten findings drawn at random with a fixed seed, each with the verdict a person gave
 * after reading it in its cable (docs/corpus/lint-judgements.json: real or false, and why).
 *
 * The verdicts measure the rules, not the cables: a real marking problem in a real cable is
 * `real`, even when it is only an old cable's style; a finding that comes from the parser
 * misreading the text (a heading read as a paragraph, say) is `false`. Every `error` rule must
 * reach 90 % real findings in its sample.
 *
 * tests/corpus/lint.test.ts fails when the counts in the report differ from the engine's, so
 * the report cannot go stale.
 *
 * Run: `npx tsx scripts/corpus-lint-report.ts` (needs ../shared/corpus or CABLELINT_CORPUS).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {decode} from '../src/input/decode.js'
import {lint} from '../src/lint/engine.js'
import {findEntities} from '../src/redact/entities.js'
import {findMentions} from '../src/redact/mentions.js'
import {corpusAvailable, corpusDir, corpusSkipMessage, readManifest, repoRoot} from '../tests/helpers/corpus.js'

/** The report's path, relative to the repository root. */
export const reportPath = 'docs/corpus/lint-report.md'
/** The hand-made verdicts, relative to the repository root. */
export const judgementsPath = 'docs/corpus/lint-judgements.json'
/** How many findings of each rule are read by a person. */
const sampleSize = 10
/** The fixed seed of the sample, so the same findings are drawn on every run. */
const seed = 20261123
/** The share of real findings an `error` rule must reach. */
const errorThreshold = 0.9

export type SeverityName = 'error' | 'warning' | 'info'

/** One finding, reduced to what the report shows. */
export interface CorpusFinding {
  cable: string
  ruleId: string
  severity: SeverityName
  line: number
  column: number
  message: string
  /** The flagged line as written, protected names replaced by `[name]`. */
  lineText: string
}

export interface CorpusLint {
  findings: CorpusFinding[]
  cables: number
  /** `cable: rule: message` of every rule that threw. */
  internalErrors: string[]
}

export interface Judgement {
  verdict: 'real' | 'false'
  reason: string
}

function severityOf(fatal: boolean | null | undefined): SeverityName {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** The text with every protected name and its mentions replaced by `[name]`, line by line. */
function hideNames(text: string, tree: ReturnType<typeof lint>['tree']): string[] {
  const {entities, spans} = findEntities(text, tree)
  const names = [...spans.filter((span) => span.reason === 'protected-name'), ...findMentions(text, entities, [])]
  if (names.length === 0) return text.split(/\r\n|\r|\n/)
  const sorted = names.toSorted((a, b) => b.start - a.start)
  let out = text
  let floor = Infinity
  for (const span of sorted) {
    if (span.end > floor) continue
    // A name broken over two lines keeps its line break, so line numbers still match.
    const breaks = out.slice(span.start, span.end).split('\n').length - 1
    out = out.slice(0, span.start) + '[name]' + '\n'.repeat(breaks) + out.slice(span.end)
    floor = span.start
  }
  return out.split(/\r\n|\r|\n/)
}

/** Lint every cable of the corpus with the default config, as `cablelint lint` does. */
export function lintCorpus(): CorpusLint {
  const findings: CorpusFinding[] = []
  const internalErrors: string[] = []
  const rows = readManifest()
  for (const row of rows) {
    const path = join(corpusDir, row.file)
    const decoded = decode(readFileSync(path), path)
    if (!decoded.ok) {
      internalErrors.push(`${row.id}: decode: ${decoded.error.message}`)
      continue
    }
    const text = String(decoded.file.value)
    const result = lint(decoded.file)
    for (const error of result.internalErrors) internalErrors.push(`${row.id}: ${error.ruleId}: ${error.message}`)
    if (result.messages.length === 0) continue
    const lines = result.messages.some((message) => message.ruleId === 'no-protected-source' || /protect/i.test(text))
      ? hideNames(text, result.tree)
      : text.split(/\r\n|\r|\n/)
    for (const message of result.messages) {
      const line = message.place.start.line
      const lineText = (lines[line - 1] ?? '').trim()
      findings.push({
        cable: basename(row.file, '.txt'),
        ruleId: message.ruleId,
        severity: severityOf(message.fatal),
        line,
        column: message.place.start.column,
        message: message.reason,
        lineText: lineText.length > 100 ? `${lineText.slice(0, 99)}…` : lineText,
      })
    }
  }
  return {findings, cables: rows.length, internalErrors}
}

/** `rule severity` → count, sorted by rule then severity. */
export function countFindings(findings: readonly CorpusFinding[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const finding of findings) {
    const key = `${finding.ruleId} ${finding.severity}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** The counts table of a written report, read back: `rule severity` → count. */
export function reportCounts(markdown: string): Map<string, number> {
  const counts = new Map<string, number>()
  const start = markdown.indexOf('<!-- counts -->')
  const end = markdown.indexOf('<!-- /counts -->')
  for (const line of markdown.slice(start, end).split('\n')) {
    const match = /^\| `([a-z0-9-]+)` \| (error|warning|info) \| (\d+) \|/.exec(line)
    if (match) counts.set(`${match[1]} ${match[2]}`, Number(match[3]))
  }
  return counts
}

/** mulberry32: a small seeded PRNG, so the sample is the same on every run. */
function mulberry32(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A stable hash of a string (FNV-1a), to give each rule its own stream. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let index = 0; index < text.length; index++) h = Math.imul(h ^ text.charCodeAt(index), 0x01000193)
  return h >>> 0
}

export function judgementKey(finding: Pick<CorpusFinding, 'cable' | 'line' | 'column' | 'ruleId'>): string {
  return `${finding.cable}:${finding.line}:${finding.column}:${finding.ruleId}`
}

/**
 * Up to {@link sampleSize} findings of one group, drawn at random with a seed of the group's
 * own, so a change in one rule's findings does not redraw the others' samples.
 */
export function sample(group: string, findings: readonly CorpusFinding[]): CorpusFinding[] {
  const ordered = findings.toSorted((a, b) => (judgementKey(a) < judgementKey(b) ? -1 : judgementKey(a) > judgementKey(b) ? 1 : 0))
  if (ordered.length <= sampleSize) return ordered
  const random = mulberry32(seed ^ hash(group))
  for (let index = 0; index < sampleSize; index++) {
    const pick = index + Math.floor(random() * (ordered.length - index))
    const chosen = ordered[pick] as CorpusFinding
    ordered[pick] = ordered[index] as CorpusFinding
    ordered[index] = chosen
  }
  return ordered.slice(0, sampleSize)
}

/** The sampled groups: a rule, or a rule and severity where the rule reports at several. */
export function groups(findings: readonly CorpusFinding[]): Map<string, CorpusFinding[]> {
  const severities = new Map<string, Set<SeverityName>>()
  for (const finding of findings) {
    const set = severities.get(finding.ruleId) ?? new Set()
    set.add(finding.severity)
    severities.set(finding.ruleId, set)
  }
  const result = new Map<string, CorpusFinding[]>()
  for (const finding of findings) {
    const group = (severities.get(finding.ruleId)?.size ?? 0) > 1 ? `${finding.ruleId} (${finding.severity})` : finding.ruleId
    const list = result.get(group) ?? []
    list.push(finding)
    result.set(group, list)
  }
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('`', 'ˋ')
}

function percent(real: number, judged: number): string {
  return judged === 0 ? '–' : `${Math.round((real / judged) * 100)} %`
}

/** The report, from the findings and the verdicts. */
export function renderReport(corpus: CorpusLint, judgements: Readonly<Record<string, Judgement>>): string {
  const counts = countFindings(corpus.findings)
  const bySeverity = {error: 0, warning: 0, info: 0}
  for (const finding of corpus.findings) bySeverity[finding.severity]++
  const out: string[] = [
    '# Lint findings over the corpus',
    '',
    `Written by \`npx tsx scripts/corpus-lint-report.ts\`; tests/corpus/lint.test.ts fails when the counts below differ from the engine's. `,
    `Cables linted: ${corpus.cables}, with the default config. Internal errors: ${corpus.internalErrors.length}. `,
    `Findings: ${corpus.findings.length} (${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} infos).`,
    '',
    `For every rule (and severity, where a rule reports at more than one), ${sampleSize} findings were drawn at random`,
    `(mulberry32, seed ${seed} mixed with the group's name; all of them when fewer) and each was read in its cable`,
    'by a person against /work/shared/MARKING-RULES.md. **real**: the cable has the marking problem the finding names,',
    'even if only as an old cable\'s style. **false**: it does not, e.g. because the parser misread the text.',
    `Every \`error\` group must reach ${errorThreshold * 100} % real. Verdicts: docs/corpus/lint-judgements.json.`,
    'Protected names are shown as `[name]`.',
    '',
    '## Findings per rule',
    '',
    '<!-- counts -->',
    '| Rule | Severity | Findings |',
    '| --- | --- | ---: |',
    ...[...counts].map(([key, count]) => {
      const [rule, severity] = key.split(' ')
      return `| \`${rule}\` | ${severity} | ${count} |`
    }),
    '<!-- /counts -->',
    '',
  ]

  const sampled = [...groups(corpus.findings)].map(([group, findings]) => ({group, findings, drawn: sample(group, findings)}))
  const verdicts = sampled.map(({group, findings, drawn}) => {
    const judged = drawn.map((finding) => judgements[judgementKey(finding)]).filter((judgement) => judgement !== undefined)
    const real = judged.filter((judgement) => judgement.verdict === 'real').length
    const severity = findings[0]?.severity ?? 'info'
    const unjudged = drawn.length - judged.length
    const passes = severity !== 'error' ? '' : unjudged > 0 ? 'not yet judged' : real / judged.length >= errorThreshold ? 'yes' : '**no**'
    return {group, severity, count: findings.length, drawn, real, judged: judged.length, unjudged, passes}
  })

  out.push('## Real findings per rule', '')
  out.push('| Rule | Severity | Findings | Read | Real | Real % | Error rule ≥ 90 % |', '| --- | --- | ---: | ---: | ---: | ---: | --- |')
  for (const row of verdicts) {
    out.push(`| \`${row.group}\` | ${row.severity} | ${row.count} | ${row.judged}${row.unjudged > 0 ? ` (+${row.unjudged} unread)` : ''} | ${row.real} | ${percent(row.real, row.judged)} | ${row.passes} |`)
  }
  out.push('')

  out.push('## Samples', '')
  for (const row of verdicts) {
    out.push(`### \`${row.group}\``, '', `${row.count} findings, ${row.severity}; ${row.drawn.length} read, ${row.real} real (${percent(row.real, row.judged)}).`, '')
    const note = notes[row.group]
    if (note) out.push(note, '')
    out.push('| Cable | Line:col | Message | Line text | Verdict | Why |', '| --- | --- | --- | --- | --- | --- |')
    for (const finding of row.drawn) {
      const judgement = judgements[judgementKey(finding)]
      out.push(
        `| ${finding.cable} | ${finding.line}:${finding.column} | ${cell(finding.message)} | \`${cell(finding.lineText) || ' '}\` | ${judgement?.verdict ?? 'unread'} | ${cell(judgement?.reason ?? '')} |`,
      )
    }
    out.push('')
  }
  return out.join('\n')
}

/** Causes of false findings, per group, found by reading them (written under the group's sample). */
const notes: Record<string, string> = {
  'no-anachronistic-executive-order':
    'False: 88BAGHDAD28 is a 2009 STATE cable under a 1988 Baghdad routing line (see banner-vs-manifest.md), so the origin date is not the text\'s. The rule cannot know; the archive record is composite.',
  'no-declassification-beyond-25-years':
    'False: 88BAGHDAD28, as above (a 2009 text dated by a 1988 routing line).',
  'no-banner-above-portions':
    'Below 90 % (warning). Causes: sub-portions after `I.` inside a paragraph are not split (`3.(U) … I. (S/NF)`, 09TRIPOLI190; parser); an archive extract that stops after its first portion (08STATE88216). Since session 8 the parser reads paragraphs indented with the line separator U+2028 (08MEXICO886, 10MEXICO690); since session 7 the parser reads `(S-NF)` (08NAIROBI2290), `2) (S)` (08STATE65820), `1 (S)` (09SANJOSE56) and `1.(C)` glued to the Classified By line (09TRIPOLI555), and the redactor withholds the text of markings the parser does not place (`unplaced-marking`, docs/redaction.md).',
  'no-duplicate-header':
    'Since session 8 the rule skips a bare level word on its own line under a banner that has a serial: the archive metadata field (`SECRET` between record number, date, origin and reference, 03THEHAGUE2210, 04THEHAGUE1717) and the per-page classification line of old paged telegrams (`CONFIDENTIAL` over `PAGE 02 ROME 01196`); 70 findings fewer. Left: the classification line of a derivative block (`SECRET//FGI//NOFORN//MR` under `Classified By: Derived from …`, 08STATE116943) is read as a repeated banner. The rule also skips a metadata "banner" that comes first and a banner of another serial (another cable in the file).',
  'no-non-standard-marking': 'False: a REF letter `¶B. B) VATICAN 00465` read as a paragraph with marking `B)` (05VATICAN467; parser).',
  'no-obsolete-declassification': 'False: `DECL: CLOSURE OF ICTY` is an event, which 32 CFR 2001.12 allows as a declassification instruction; the rule should accept events (not changed: a warning).',
  'no-portion-above-banner': 'False: `(C) Carrying firearms`, an answer letter of the RSO crime questionnaire (06BUENOSAIRES109), read as a portion marking (parser).',
  'no-sbu-without-sensitive': 'False: `SENSITIVE` glued to other header text (`SENSITIVE SIPDIS DEPT FOR NEA/MAG …`, 09TRIPOLI896; `SENSITIVE FOR DRL/MLGA …`, 09LONDON2843), not read as a handling line (parser).',
  'no-uncarried-dissemination': 'False: `RELEASABLE TO UK` in the header is not read as a REL caption (08LONDON3215; parser).',
  'no-unidentified-protected-source': 'False: the name before the marker is a company\'s, `Unionlet Limited (please protect)` (09MBABANE141); the rule looks for a person\'s name.',
  'paragraph-numbering':
    'At 90 % in this draw, below it in earlier ones (warning); since session 20 the rule stops following the numbers after an archive index row (`0 05/15/2008 3797 ENRG,EPET,…`) that appends a copy, 6 findings fewer. Causes of the false ones, all in the parser: numbered paragraphs of a quoted text without BEGIN TEXT / END TEXT markers are read as the cable’s (08MADRID707’s list, 09STATE81957’s `Russian side:` paper; since session 8 the rule skips the numbers between those markers, 20 findings fewer, and unmarked numbers that go back under a marked paragraph, a list in it, 40 fewer); a numbered list under an unmarked paragraph (09NEWDELHI1778); a paragraph swallowed by a REF and Classified By block (09CAIRO1377); a redacted paragraph `3.xxxxxxxxxxxx` is not read as paragraph 3 (09SHANGHAI160); an unmarked number with no space after its dot is not read (`3.The index`, 09CAIRO2082). Since session 8 `1, (C)` with a comma for the dot and `1 .   (C)` with a spaced dot are read before a marking (08ISLAMABAD405, 09MONTERREY210), so is a number run into a dashed rule (`----7.  (C)`, 08BUENOSAIRES702; `-------1.(U)`, 09CAIRO1415), paragraph 1 right under a SUBJECT or Classified By block with no blank line (`1.KEY POINTS -- (C)`, 09CAIRO2277, 09CAIRO1182), or under a REF block when it opens with `Key Points` or `Summary`, and a number glued to a capitalised word (`1.Key Points:`) are read, and an unmarked `¶N.` with the next number after a blank line opens a paragraph after an unfinished sentence too (news digests ending each item with `Source - IPS News`, 08BRASILIA1572; a heading between `====` rules, 07SANJOSE1963): 129 false findings went, and those paragraphs are now reported unmarked by `portion-marking`. Since session 19 the next number after a blank line opens a paragraph without a pilcrow too (`10.From February 1999 …` after a heading run on without a full stop, 10TRIPOLI39; 5 cables), and a gap across WikiLeaks’ `XXXXXXXXXXXX` line between blank lines, where the archive cut whole paragraphs, is not reported (09ALGIERS1077; 10 findings). Still false: a number glued to the word before it (`… very higgh4. (U)`, 08BUENOSAIRES62) or standing after a heading on its line (`------ Health ------ 5.`, 08BRASILIA278), and a reference to a paragraph split onto a line of its own (`See para.` / `¶3.`, 09CAIRO1727). Since session 19 a marking without its opening parenthesis glued to the number is read (`15.C) Internally`, 08MANAMA235).',
  'portion-marking (error)':
    'Since session 8 the rule skips paragraphs of a document quoted between BEGIN TEXT and END TEXT, a paragraph that is a short heading over portions each marked (`¶1. KEY POINTS:` then `-- (C)` bullets), and an unmarked number that goes back in the cable’s numbering (a list or quoted text restarting at 1 inside the paragraph before); the parser keeps REF items that the archive spaced or paged apart in the REF block (`¶M. 05 TEGUCIGALPA 2420`). 939 errors → 638. Still false: numbered lists and quoted texts that do not restart below the cable’s numbering (10KYIV278’s lists, 08BOGOTA4083’s agreement, 09STATE47202’s memorandum), and `¶1. (...` where the archive cut the text inside the marking (09QUITO951).',
}

function main(): void {
  if (!corpusAvailable) {
    console.error(corpusSkipMessage)
    process.exitCode = 2
    return
  }
  const corpus = lintCorpus()
  const judgements = JSON.parse(readFileSync(join(repoRoot, judgementsPath), 'utf8')) as Record<string, Judgement>
  const target = join(repoRoot, reportPath)
  mkdirSync(dirname(target), {recursive: true})
  writeFileSync(target, renderReport(corpus, judgements))
  console.log(`${reportPath}: ${corpus.findings.length} findings over ${corpus.cables} cables, ${corpus.internalErrors.length} internal errors`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main()
