/**
 * Binary search over sorted data, one shape for every search the project makes: offsets to
 * lines, markup to the text around it, page breaks, quoted documents, nodes holding an offset.
 */

/**
 * The first index in `[0, length)` at which `isAfter(index)` holds, or `length` when it holds
 * nowhere. `isAfter` must be false up to some index and true from there on (the data sorted
 * by what it tests), so each call asks it about `log2(length)` indices only.
 */
export function partitionPoint(length: number, isAfter: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isAfter(middle)) high = middle
    else low = middle + 1
  }
  return low
}
