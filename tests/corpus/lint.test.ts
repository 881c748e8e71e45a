/**
 * The linter over the real corpus (`../shared/corpus` or `CABLELINT_CORPUS`; skipped with a
 * message when absent):
 *
 * - every cable of `cables/` decodes and lints without an exception or `internalError`;
 * - the per-rule counts in docs/corpus/lint-report.md equal the engine's, so the report (and
 *   the verdicts read from its samples) cannot go stale: change a rule, re-run
 *   `npx tsx scripts/corpus-lint-report.ts`, and read the new samples;
 * - every sampled finding has a verdict in docs/corpus/lint-judgements.json, and every `error`
 *   rule reaches 90 % real findings in its sample (issue 4).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {countFindings, groups, judgementKey, judgementsPath, lintCorpus, reportCounts, reportPath, sample, type CorpusLint, type Judgement} from '../../scripts/corpus-lint-report.js'
import {corpusAvailable, repoRoot, warnIfCorpusMissing} from '../helpers/corpus.js'

warnIfCorpusMissing()

describe.skipIf(!corpusAvailable)('corpus: lint', () => {
  let corpus: CorpusLint
  beforeAll(() => {
    corpus = lintCorpus()
  }, 120_000)

  it('lints every cable without an internal error', () => {
    expect(corpus.cables).toBe(6741)
    expect(corpus.internalErrors).toEqual([])
  })

  it('has the counts of docs/corpus/lint-report.md', () => {
    const written = reportCounts(readFileSync(join(repoRoot, reportPath), 'utf8'))
    expect(written.size).toBeGreaterThan(0)
    expect(Object.fromEntries(countFindings(corpus.findings))).toEqual(Object.fromEntries(written))
  })

  it('has a verdict for every sampled finding, and every error rule is at least 90 % real', () => {
    const judgements = JSON.parse(readFileSync(join(repoRoot, judgementsPath), 'utf8')) as Record<string, Judgement>
    const unread: string[] = []
    const failing: string[] = []
    for (const [group, findings] of groups(corpus.findings)) {
      const drawn = sample(group, findings)
      const verdicts = drawn.map((finding) => judgements[judgementKey(finding)])
      for (const [index, verdict] of verdicts.entries()) if (!verdict) unread.push(judgementKey(drawn[index]!))
      const real = verdicts.filter((verdict) => verdict?.verdict === 'real').length
      if (findings[0]?.severity === 'error' && real / drawn.length < 0.9) failing.push(`${group}: ${real}/${drawn.length}`)
    }
    expect(unread).toEqual([])
    expect(failing).toEqual([])
  })
})
