/**
 * Atomic file writes: write a temporary file beside the target, then rename it over the
 * target, so that a crash or Ctrl-C never leaves a half-written public copy.
 *
 * Synchronous on purpose. A `check --out` writes three files per cable (20,223 over the
 * corpus), and each `fs/promises` call is a trip through libuv's thread pool: the same 20,000
 * temporary-and-rename writes cost 1.4–5.7 s of kernel time that way against 0.75–2.05 s as
 * plain system calls, whatever the number of writes in flight (bench/RESULTS.md, session 5). The
 * main thread does nothing else while it writes (the workers parse meanwhile). A Ctrl-C is
 * handled between writes, never during one, so it finds no temporary to remove.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'

/** Folders created (or found) by this process: one `mkdir` each, not one per file. */
const folders = new Set<string>()
let counter = 0

/** Write `data` to `path` atomically, creating its folder. Throws what the file system throws. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const folder = dirname(path)
  if (!folders.has(folder)) {
    mkdirSync(folder, {recursive: true})
    folders.add(folder)
  }
  counter++
  const temporary = `${path}.${process.pid}.${counter}.tmp`
  try {
    try {
      writeFileSync(temporary, data)
    } catch (error) {
      // The folder was removed since it was made (a long-lived review page): make it again, once.
      if ((error as {code?: unknown}).code !== 'ENOENT') throw error
      mkdirSync(folder, {recursive: true})
      writeFileSync(temporary, data)
    }
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
