import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableHasCaveat, firstBanner, portionMarkings} from '../src/lint/facts.js'

/** Why: NOFORN forbids any foreign release and REL TO permits one: the two cannot both hold. */
export default defineRule({
  id: 'no-rel-in-noforn',
  severity: 'error',
  summary: 'A REL TO marking appears in a NOFORN cable, or one marking carries both.',
  authority: 'CAPCO register (NOFORN and REL TO are mutually exclusive), as implemented in open validators (codice/alliance banner validator)',
  messages: {
    relInNofornCable: 'Unexpected REL TO portion `{actual}` in a NOFORN cable, expected NOFORN or no foreign release',
    relWithNoforn: 'Unexpected marking `{actual}` with both NOFORN and REL TO, expected one of them',
  },
  examples: {
    valid: [
      cable`
        SECRET//NOFORN
        1. (S//NF) Talks resumed.`,
      cable`
        SECRET//REL NATO
        1. (S//REL NATO) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          SECRET//NOFORN
          1. (S//REL NATO) Talks resumed.`,
        output: ['2:4-2:17: relInNofornCable'],
      },
      {
        input: cable`
          SECRET//NOFORN
          1. (S//NF/REL NATO) Talks resumed.`,
        output: ['2:4-2:20: relWithNoforn'],
      },
    ],
  },
  check(tree, report) {
    const banner = firstBanner(tree)
    const markings = banner ? [banner.marking, ...portionMarkings(tree)] : portionMarkings(tree)
    const noforn = cableHasCaveat(tree, 'NOFORN')
    for (const marking of markings) {
      if (marking.releasableTo.length === 0) continue
      if (marking.caveats.includes('NOFORN')) report('relWithNoforn', marking, {data: {actual: marking.raw}})
      else if (noforn) report('relInNofornCable', marking, {data: {actual: marking.raw}})
    }
  },
})
