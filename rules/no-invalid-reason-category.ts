import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'

/**
 * Category letters by section: E.O. 12958 (1995) §1.5 lists (a)–(g); as amended in 2003,
 * §1.4 lists (a)–(h) ((h) weapons of mass destruction).
 */
const letters: Readonly<Record<string, string>> = {'1.5': 'abcdefg', '1.4': 'abcdefgh'}

/**
 * The categories the parser read, less two misreadings of the block: the plural of
 * `Reason(s): 1.5 (b),(d)` (05DHAKA503, 06TAIPEI2921), read as a category `(s)`; and the
 * marking of the paragraph run on after the reason, `REASON: 1.4 (b), (d) (S) Ambassador
 * telephoned …` (09TRIPOLI394): an upper-case level letter after lower-case categories.
 * A letter written as a category, `1.4 (b), (s)`, is still reported.
 */
function readCategories(raw: string, categories: readonly string[]): string[] {
  const kept = [...categories]
  if (/^reasons?\(s\)/i.test(raw) && kept[0] === 's') kept.shift()
  const groups = [...raw.matchAll(/\(\s*([A-Za-z])\s*\)/g)].map((match) => match[1] ?? '')
  const last = groups.at(-1) ?? ''
  const before = groups.at(-2) ?? ''
  if (/^[SCU]$/.test(last) && /^[a-z]$/.test(before) && kept.at(-1) === last.toLowerCase()) kept.pop()
  return kept
}

/** Why: a letter outside the order's list cites no category at all. */
export default defineRule({
  id: 'no-invalid-reason-category',
  severity: 'error',
  summary: 'A reason cites a category letter the order does not have (`1.5 (h)`, `1.4 (k)`).',
  authority: 'E.O. 12958 §1.5 (a)–(g) (1995); E.O. 12958 as amended §1.4 (a)–(h); 32 CFR 2001.21(a)(3)(i)',
  messages: {
    invalidCategory: 'Unexpected reason category `({actual})` under section {section}, expected one of ({expected})',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        Classified By: Political Counselor Jane Roe. Reason: 1.4 (b), (h).
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          Classified By: Political Counselor Jane Roe. Reason: 1.5 (b), (h).
          1. (C) Talks resumed.`,
        output: ['2:46-2:66: invalidCategory'],
      },
    ],
  },
  check(tree, report) {
    for (const node of tree.children) {
      const reasons = node.type === 'classificationAuthority' ? node.reasons : undefined
      if (!reasons) continue
      const section = reasons.section === '1.5' ? '1.5' : '1.4'
      const allowed = letters[section] ?? ''
      for (const category of readCategories(reasons.raw, reasons.categories))
        if (!allowed.includes(category) || category.length !== 1)
          report('invalidCategory', reasons, {data: {actual: category, section, expected: `a–${allowed.at(-1) ?? 'h'}`}})
    }
  },
})
