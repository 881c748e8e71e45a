import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {citesCableAfter, isReferenceLetter} from '../src/lint/facts.js'
import {formatMarking, tokenLetter} from '../src/syntax/marking.js'
import type {Marking, MarkingIrregularity, Paragraph} from '../src/syntax/types.js'

/** Whether `marking` is one letter, its lettered paragraph's own (`¶C. C) …`). */
function repeatsLetter(marking: Marking, paragraph: Paragraph | undefined): boolean {
  const letter = tokenLetter(marking.raw)
  return letter !== undefined && paragraph?.number !== undefined && String(paragraph.number.raw).toUpperCase() === letter.toUpperCase()
}

/**
 * Why: the form is "the first letter(s) in parentheses" (5 FAH-1 H-246.2c). Spaced banner
 * letters are a telegram convention (MARKING-RULES C.9) and `(S/NF)` is State's own form, so
 * neither is reported.
 */
const reported = ['lowercase', 'innerSpace', 'missingParenthesis', 'hyphen', 'spelledOut'] as const satisfies readonly MarkingIrregularity[]

export default defineRule({
  id: 'no-non-standard-marking',
  severity: 'warning',
  summary: 'A known portion marking is written in a non-standard form (`(c)`, `( C)`, `1. C)`, `(S-NF)`, `(SECRET)`).',
  authority:
    "5 FAH-1 H-246.2c (first letter(s) in parentheses after the number); 32 CFR 2001.21(c) (the abbreviations (TS), (S), (C), (U)); cablemap fixture `malformed-paragraph-class`",
  messages: {
    lowercase: 'Unexpected lower-case marking `{actual}`, expected upper case',
    innerSpace: 'Unexpected space inside marking `{actual}`, expected none',
    missingParenthesis: 'Unexpected marking `{actual}` without its opening parenthesis, expected `(` before it',
    hyphen: 'Unexpected hyphen between the parts of marking `{actual}`, expected `//` (or `/`)',
    spelledOut: 'Unexpected marking `{actual}` with its level written out, expected `{expected}`',
  },
  examples: {
    valid: [
      cable`
        CONFIDENTIAL
        1. (C) Talks resumed.
        2. (S/NF) Not for foreign eyes.`,
      // A reference list's letters written twice (05VATICAN467, 07ASMARA850): no markings.
      cable`
        CONFIDENTIAL
        REF: A. A) VATICAN 000463,

        ¶B. B) VATICAN 00465,
        ¶C. C) 00466 VATICAN

        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          CONFIDENTIAL
          1. (c) Talks resumed.`,
        output: ['2:4-2:7: lowercase'],
      },
      {
        input: cable`
          CONFIDENTIAL
          1. ( C) Talks resumed.`,
        output: ['2:4-2:8: innerSpace'],
      },
      {
        input: cable`
          CONFIDENTIAL
          1. C) Talks resumed.`,
        output: ['2:4-2:6: missingParenthesis'],
      },
      {
        input: cable`
          SECRET
          1. (S-NF) Not for foreign eyes.`,
        output: ['2:4-2:10: hyphen'],
      },
      {
        // The level written out in capitals (09STATE96222): read as SECRET, reported for its form.
        input: cable`
          SECRET
          1. (SECRET/REL FRANCE) Talking points follow.`,
        output: ['2:4-2:23: spelledOut'],
      },
    ],
  },
  check(tree, report, file) {
    const text = String(file.value ?? '')
    const check = (marking: Marking, paragraph?: Paragraph): void => {
      if (!reported.some((irregularity) => marking.irregularities.includes(irregularity))) return
      // A reference list's letter read as a lettered paragraph's marking (`¶B. B) VATICAN 00465`,
      // 05VATICAN467; `¶B. B) 00838 ASMARA`, 07ASMARA850): no marking, whatever its form.
      if (marking.level === null ? isReferenceLetter(marking, text, paragraph) : repeatsLetter(marking, paragraph) && citesCableAfter(marking, text)) return
      for (const irregularity of reported)
        if (marking.irregularities.includes(irregularity)) report(irregularity, marking, {data: {actual: marking.raw, expected: formatMarking(marking)}})
    }
    for (const node of tree.children) {
      if (node.type === 'subject' && node.marking) check(node.marking)
      if (node.type === 'paragraph') for (const portion of node.children) if (portion.marking) check(portion.marking, node)
    }
  },
})
