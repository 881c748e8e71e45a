import {describe, expect, it} from 'vitest'
import type {Io} from '../../../src/cli/io.js'
import {createProgress, formatBar, formatDuration, formatProgress, progressEnabled} from '../../../src/cli/progress.js'

function fakeIo(options: {isTTY?: boolean; env?: Record<string, string>; columns?: number} = {}) {
  let clock = 0
  const writes: string[] = []
  const io: Io = {
    stdout: {write: () => {}, isTTY: false},
    stderr: {write: (text) => void writes.push(text), isTTY: options.isTTY ?? true, columns: options.columns},
    stdin: {read: async () => new Uint8Array(), isTTY: false},
    env: options.env ?? {},
    cwd: '/',
    now: () => clock,
  }
  return {io, writes, tick: (ms: number) => void (clock += ms)}
}

const state = (filesDone: number, bytesDone = 0, findings = 0) => ({filesDone, bytesDone, findings})

describe('progressEnabled', () => {
  it('only on a terminal that can erase a line, outside CI, without --no-progress', () => {
    expect(progressEnabled(fakeIo().io, true)).toBe(true)
    expect(progressEnabled(fakeIo({isTTY: false}).io, true)).toBe(false)
    expect(progressEnabled(fakeIo({env: {CI: 'true'}}).io, true)).toBe(false)
    expect(progressEnabled(fakeIo({env: {CI: 'false'}}).io, true)).toBe(true)
    expect(progressEnabled(fakeIo().io, false)).toBe(false)
    // A terminal that cannot erase a line shows no progress line.
    expect(progressEnabled(fakeIo({env: {TERM: 'dumb'}}).io, true)).toBe(false)
    expect(progressEnabled(fakeIo({env: {TERM: 'xterm-256color'}}).io, true)).toBe(true)
  })
})

describe('formatProgress', () => {
  it('shows files, throughput, ETA and findings', () => {
    // 2 MB in 2 s = 1.0 MB/s; 8 MB left at that rate = 8 s.
    expect(formatProgress(state(5, 2e6, 3), {total: 20, totalBytes: 10e6}, 2)).toBe('5/20 files  1.0 MB/s  ETA 0:08  3 findings')
  })

  it('estimates by files when the total size is unknown, and drops the ETA when done', () => {
    expect(formatProgress(state(1, 0, 1), {total: 4}, 10)).toBe('1/4 files  0.0 MB/s  ETA 0:30  1 finding')
    expect(formatProgress(state(4, 4e6, 0), {total: 4}, 2)).toBe('4/4 files  2.0 MB/s  0 findings')
  })

  it('formats durations', () => {
    expect(formatDuration(59.6)).toBe('1:00')
    expect(formatDuration(3725)).toBe('1:02:05')
  })
})

describe('formatBar', () => {
  it('fills whole cells in proportion to the files done, with the percentage', () => {
    expect(formatBar(0, 10, 10)).toBe('░░░░░░░░░░   0%')
    expect(formatBar(5, 10, 10)).toBe('█████░░░░░  50%')
    // 19/20 is 95%: nine and a half cells show as nine, never rounded up to look finished.
    expect(formatBar(19, 20, 10)).toBe('█████████░  95%')
    expect(formatBar(20, 20, 10)).toBe('██████████ 100%')
  })

  it('stays within its cells for odd totals', () => {
    expect(formatBar(1, 3)).toBe(`${'█'.repeat(6)}${'░'.repeat(14)}  33%`)
    expect(formatBar(0, 0, 4)).toBe('████ 100%')
    expect(formatBar(7, 5, 4)).toBe('████ 100%')
  })
})

describe('createProgress', () => {
  it('draws nothing when disabled', () => {
    const fake = fakeIo({isTTY: false})
    const progress = createProgress(fake.io, {total: 2, progress: true, color: false})
    progress.update(state(1))
    progress.done()
    expect(fake.writes).toEqual([])
  })

  it('redraws at most every 100 ms, always at the last file, and erases at the end', () => {
    const fake = fakeIo()
    const progress = createProgress(fake.io, {total: 10, progress: true, color: false})
    progress.update(state(1))
    fake.tick(50)
    progress.update(state(2)) // too soon: skipped
    fake.tick(60)
    progress.update(state(3))
    fake.tick(1)
    progress.update(state(10)) // last file: drawn although soon
    progress.done()
    expect(fake.writes).toHaveLength(4)
    expect(fake.writes.slice(0, 3).map((text) => /(\d+)\/10 files/.exec(text)?.[1])).toEqual(['1', '3', '10'])
    for (const text of fake.writes) expect(text.startsWith('\r\u001B[K')).toBe(true)
    expect(fake.writes[3]).toBe('\r\u001B[K')
    expect(fake.writes.join('')).not.toContain('\n')
  })

  it('draws the bar before the figures when the terminal is wide enough', () => {
    const fake = fakeIo({columns: 100})
    createProgress(fake.io, {total: 4, progress: true, color: false}).update(state(1, 0, 2))
    const line = fake.writes[0]?.replace('\r\u001B[K', '') ?? ''
    expect(line.startsWith(`${'█'.repeat(5)}${'░'.repeat(15)}  25%  1/4 files`)).toBe(true)
    expect(line.length).toBeLessThan(100)
  })

  it('drops the bar first on a narrow terminal, then cuts the figures to the width', () => {
    const narrow = fakeIo({columns: 40})
    createProgress(narrow.io, {total: 10, progress: true, color: false}).update(state(1, 5e6, 7))
    const line = narrow.writes[0]?.replace('\r\u001B[K', '') ?? ''
    expect(line.startsWith('1/10 files')).toBe(true)
    expect(line).not.toContain('█')
    const tiny = fakeIo({columns: 12})
    createProgress(tiny.io, {total: 10, progress: true, color: false}).update(state(1, 5e6, 7))
    expect(tiny.writes[0]?.replace('\r\u001B[K', '')).toHaveLength(11)
  })

  it('colours only when asked', () => {
    const fake = fakeIo()
    createProgress(fake.io, {total: 1, progress: true, color: true}).update(state(1))
    expect(fake.writes[0]).toContain('\u001B[2m')
  })
})
