/**
 * `partitionPoint`, the one binary search behind the line, markup, page-break, quoted-document
 * and node lookups: checked against a scan for the first index where the test holds.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {partitionPoint} from '../../src/partition-point.js'

describe('partitionPoint', () => {
  it('finds the first value at or above a bound in sorted numbers, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -20, max: 20}), {maxLength: 30}), fc.integer({min: -25, max: 25}), (values, bound) => {
        const sorted = [...values].sort((a, b) => a - b)
        const scanned = sorted.findIndex((value) => value >= bound)
        expect(partitionPoint(sorted.length, (at) => sorted[at]! >= bound)).toBe(scanned === -1 ? sorted.length : scanned)
      }),
    )
  })

  it('asks only about indices inside the range, and at most a logarithm of them', () => {
    const asked: number[] = []
    expect(partitionPoint(1000, (at) => (asked.push(at), at >= 700))).toBe(700)
    expect(asked.every((at) => at >= 0 && at < 1000)).toBe(true)
    expect(asked.length).toBeLessThanOrEqual(10)
    expect(partitionPoint(0, () => true)).toBe(0)
  })
})
