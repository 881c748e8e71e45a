import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll} from 'vitest'

/**
 * A fresh directory under the system's temporary folder, removed with everything in it when the
 * calling test file's tests are done, so a suite run leaves nothing behind in /tmp.
 */
const made: string[] = []

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cablelint-${prefix}-`))
  made.push(dir)
  return dir
}
