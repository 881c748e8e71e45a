/**
 * Atomic file writes: write a temporary file beside the target, then rename it over the
 * target, so that a crash or Ctrl-C never leaves a half-written public copy. Temporary files
 * still open when the process is interrupted are removed by `removePendingTemporaries`.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

const pending = new Set<string>()
let counter = 0

/** Write `data` to `path` atomically (creating its folder). */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  counter++
  const temporary = `${path}.${process.pid}.${counter}.tmp`
  pending.add(temporary)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  } finally {
    pending.delete(temporary)
  }
}

/** Remove temporaries of writes that did not finish (on SIGINT). Synchronous-safe best effort. */
export async function removePendingTemporaries(): Promise<void> {
  await Promise.all([...pending].map((path) => rm(path, {force: true})))
  pending.clear()
}
