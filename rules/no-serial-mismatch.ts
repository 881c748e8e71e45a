import {cable} from '../src/lint/cable.js'
import {defineRule} from '../src/lint/define-rule.js'
import {firstBanner, routingHeader} from '../src/lint/facts.js'

/** Why: the banner's serial and the routing `DE` serial identify the same telegram; a mismatch means a mixed-up header. */
export default defineRule({
  id: 'no-serial-mismatch',
  severity: 'warning',
  summary: "The banner's serial (`BEIJING 004697`) differs from the routing `DE` line's (`#4697`).",
  authority: 'ACP 127 routing header (the DE line identifies the message); data integrity',
  messages: {
    serialMismatch: 'Unexpected banner serial `{actual}`, expected `{expected}` as on the `DE` line',
  },
  examples: {
    valid: [
      cable`
        VZCZCXYZ0001
        RR RUEHWEB
        DE RUEHBJ #4697/01 3660344
        ZNY CCCCC ZZH
        O 310344Z DEC 08
        FM AMEMBASSY BEIJING
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 1661
        C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004697
        1. (C) Talks resumed.`,
    ],
    invalid: [
      {
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB
          DE RUEHBJ #4697/01 3660344
          ZNY CCCCC ZZH
          O 310344Z DEC 08
          FM AMEMBASSY BEIJING
          TO RUEHC/SECSTATE WASHDC IMMEDIATE 1661
          C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 004698
          1. (C) Talks resumed.`,
        output: ['8:50-8:56: serialMismatch'],
      },
      {
        // A blank line inside the routing header, as the archive writes it (08LIMA1732).
        input: cable`
          VZCZCXYZ0001
          RR RUEHWEB

          DE RUEHPE #1732/01 3052155
          ZNY CCCCC ZZH
          R 310344Z OCT 08
          FM AMEMBASSY LIMA
          TO RUEHC/SECSTATE WASHDC 1661
          C O N F I D E N T I A L SECTION 01 OF 05 MADRID 001132
          1. (C) Talks resumed.`,
        output: ['9:49-9:55: serialMismatch'],
      },
    ],
  },
  check(tree, report) {
    const banner = firstBanner(tree)
    const expected = routingHeader(tree).serial
    const actual = banner?.serial
    if (!expected || !actual) return
    // Serials are zero-padded to different widths (`#4697` vs `004697`): compare as numbers.
    if (!/^\d+$/.test(expected.value) || !/^\d+$/.test(actual.value)) return
    // The `DE` line has four digits for the serial: STATE 013969 goes out as `#3969`
    // (10STATE13969), ISLAMABAD 022174 as `#2174`. Compare the digits it has room for.
    const modulus = expected.value.length <= 4 ? 10_000 : Infinity
    const serial = Number(actual.value)
    if (Number(expected.value) !== (modulus === Infinity ? serial : serial % modulus))
      report('serialMismatch', actual, {data: {actual: actual.value, expected: expected.value}, cause: expected})
  },
})
