import {isClassified, levelNames, type Level} from '../src/classification.js'
import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {cableHasCaveat, firstBanner, routingHeader} from '../src/lint/facts.js'

const letters: Readonly<Record<Level, string>> = {U: 'UUUUU', SBU: 'UUUUU', LOU: 'UUUUU', C: 'CCCCC', S: 'SSSSS', TS: 'TTTTT'}

/**
 * Why: the ACP 127 security warning (`ZNR` unclassified, `ZNY` classified or encrypted) is
 * what relay stations act on; one that disagrees with the banner is a mis-handled cable.
 */
export default defineRule({
  id: 'no-security-indicator-mismatch',
  severity: 'error',
  messageSeverity: {unknownIndicator: 'warning'},
  summary: 'The routing security indicator (`ZNR UUUUU`, `ZNY CCCCC`…) disagrees with the banner.',
  authority:
    'ACP 127 security warning line (`ZNR` unclassified / `ZNY` classified); 5 FAH-2 H-222 (UNCLAS EFTO)',
  messages: {
    unclassifiedTraffic: 'Unexpected `{actual}` on a `{banner}` cable, expected `{expected}`',
    levelMismatch: 'Unexpected `{actual}` on a `{banner}` cable, expected `{expected}`',
    eftoMismatch: 'Unexpected `{actual}` (EFTO) on a cable whose banner is not `UNCLAS E F T O`, expected `ZNR UUUUU`',
    unknownIndicator:
      'Unexpected security indicator `{actual}`, expected `ZNR UUUUU`, `ZNY EEEEE`, `ZNY CCCCC`, `ZNY SSSSS` or `ZNY TTTTT`',
  },
  examples: {
    valid: [
      cable`
        VZCZCXYZ0001
        RR RUEHWEB
        DE RUEHBJ #0001 0010001
        ZNY CCCCC ZZH
        R 010001Z JAN 09
        FM AMEMBASSY BEIJING
        TO RUEHC/SECSTATE WASHDC 0001
        C O N F I D E N T I A L BEIJING 000001
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNR UUUUU ZZH
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          1. (C) Talks resumed.`,
        output: ['4:1-4:10: unclassifiedTraffic'],
      },
      {
        // A blank line inside the routing header, as the archive writes it (2,238 corpus cables).
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB

          DE RUEHBJ #0001 0010001
          ZNR UUUUU ZZH
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          C O N F I D E N T I A L BEIJING 000001
          1. (C) Talks resumed.`,
        output: ['5:1-5:10: unclassifiedTraffic'],
      },
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY CCCCC ZZH
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          S E C R E T BEIJING 000001
          1. (S) Talks resumed.`,
        output: ['4:1-4:10: levelMismatch'],
      },
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY EEEEE ZZH
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          UNCLAS BEIJING 000001
          1. (U) Talks resumed.`,
        output: ['4:1-4:10: eftoMismatch'],
      },
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #0001 0010001
          ZNY SSSAA ZZH
          R 010001Z JAN 09
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC 0001
          S E C R E T BEIJING 000001
          1. (S) Talks resumed.`,
        output: ['4:1-4:10: unknownIndicator'],
      },
    ],
  },
  check(tree, report) {
    const routing = routingHeader(tree)
    const indicator = routing.securityIndicator
    if (!indicator) return
    if (indicator.prefix === null || indicator.level === null) {
      // Odd values (`ZNY SSSAA`, `ZNY CCCC`) are reported, never fatal to the run (MARKING-RULES C.8).
      report('unknownIndicator', indicator, {data: {actual: indicator.raw}})
      return
    }
    const banner = firstBanner(tree)
    const level = banner?.marking.level
    if (!level) return
    // The routing of one cable over the text of another (07PARIS2725: Paris routing `#2725`,
    // text MOSCOW 005154): the indicator belongs to the cable that is not shown, and
    // `no-serial-mismatch` reports the pairing. The DE line keeps four digits of the serial.
    const routed = routing.serial ? Number.parseInt(routing.serial.value, 10) : Number.NaN
    const shown = banner?.serial ? Number.parseInt(banner.serial.value, 10) : Number.NaN
    if (!Number.isNaN(routed) && !Number.isNaN(shown) && routed !== shown % 10_000 && routed !== shown) return
    const data = {actual: indicator.raw, banner: levelNames[level]}
    if (isClassified(level)) {
      const expected = `ZNY ${letters[level]}`
      if (indicator.prefix === 'ZNR' || !isClassified(indicator.level))
        report(indicator.prefix === 'ZNR' ? 'unclassifiedTraffic' : 'levelMismatch', indicator, {data: {...data, expected}})
      else if (indicator.level !== level) report('levelMismatch', indicator, {data: {...data, expected}})
      return
    }
    if (indicator.efto) {
      if (!cableHasCaveat(tree, 'EFTO')) report('eftoMismatch', indicator, {data})
    } else if (isClassified(indicator.level)) report('levelMismatch', indicator, {data: {...data, expected: 'ZNR UUUUU'}})
  },
})
