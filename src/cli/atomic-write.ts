/**
 * Atomic file writes: write a temporary file beside the target, then rename it over the
 * target, so that a crash or Ctrl-C never leaves a half-written public copy.
 *
 * Synchronous on purpose. A `check --out` writes three files per cable (20,223 over the
 * corpus), and each `fs/promises` call is a trip through libuv's thread pool: the same 20,000
 * temporary-and-rename writes cost 1.4–5.7 s of kernel time that way against 0.75–2.05 s as
 * plain system calls, whatever the number of writes in flight (bench/RESULTS.md, session 5). The
 * main thread does nothing else while it writes (the workers parse meanwhile). A Ctrl-C is
 * handled between writes, never during one, so it finds no temporary to remove, except that of
 * a file written in pieces ({@link openAtomic}), which an exit hook removes.
 */
import {closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync} from 'node:fs'
import {dirname} from 'node:path'

/** Folders created (or found) by this process: one `mkdir` each, not one per file. */
const folders = new Set<string>()
let counter = 0

/** A new temporary's name beside `path` (unique in this process), its folder made if need be. */
function temporaryBeside(path: string): {folder: string; temporary: string} {
  const folder = dirname(path)
  if (!folders.has(folder)) {
    mkdirSync(folder, {recursive: true})
    folders.add(folder)
  }
  counter++
  return {folder, temporary: `${path}.${process.pid}.${counter}.tmp`}
}

/** Write `data` to `path` atomically, creating its folder. Throws what the file system throws. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const {folder, temporary} = temporaryBeside(path)
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

/** A file written in pieces, in place only once whole (see {@link openAtomic}). */
export interface AtomicFile {
  /** Append `text` to the temporary. Throws what the file system throws. */
  write(text: string): void
  /** Close the temporary and rename it over the target. */
  commit(): void
  /** Close and remove the temporary; the target is left as it was. */
  discard(): void
}

/** Temporaries of files being written in pieces, removed if the process exits first. */
const unfinished = new Set<string>()
let exitHook = false

/**
 * Open `path` to be written in pieces (a report over thousands of cables, which is never held
 * whole in memory): the pieces go to a temporary beside it, renamed over it by `commit()`. A
 * Ctrl-C or any exit before then removes the temporary (a `process` exit hook), so the target
 * is either the old file or the whole new one.
 */
export function openAtomic(path: string): AtomicFile {
  const {temporary} = temporaryBeside(path)
  const descriptor = openSync(temporary, 'w')
  unfinished.add(temporary)
  if (!exitHook) {
    exitHook = true
    process.on('exit', () => {
      for (const name of unfinished) rmSync(name, {force: true})
    })
  }
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    closeSync(descriptor)
  }
  return {
    write(text) {
      // writeSync may write less than it is given (a full disk, a signal): write the rest.
      const bytes = Buffer.from(text)
      let written = 0
      while (written < bytes.length) written += writeSync(descriptor, bytes, written)
    },
    commit() {
      try {
        close()
        renameSync(temporary, path)
      } catch (error) {
        rmSync(temporary, {force: true})
        throw error
      } finally {
        unfinished.delete(temporary)
      }
    },
    discard() {
      try {
        close()
      } finally {
        rmSync(temporary, {force: true})
        unfinished.delete(temporary)
      }
    },
  }
}
