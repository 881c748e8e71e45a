/**
 * Paths, directories, globs and `-` → the sorted, de-duplicated list of files to read.
 * Directories are walked for `*.txt` (or the `--ext` extensions), skipping hidden folders
 * and `node_modules`; a path named explicitly is taken whatever its name. A missing path is
 * an error value naming it, so a typo never silently shrinks a batch.
 */
import {statSync} from 'node:fs'
import {join, normalize, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export interface DiscoverOptions {
  /** Extensions (without dot) read from directories; default `['txt']`. */
  ext?: readonly string[]
  /** Directory relative paths are resolved against; default `process.cwd()`. */
  cwd?: string
}

/**
 * - `missing`: a path that does not exist and is not a glob.
 * - `no-match`: a glob that matches no file.
 * - `no-files`: nothing at all to read (directories without matching files).
 */
export interface DiscoverError {
  code: 'missing' | 'no-match' | 'no-files'
  /** The input as given (for `no-files`, all inputs joined by spaces). */
  path: string
  message: string
}

export type DiscoverResult = {ok: true; files: string[]} | {ok: false; error: DiscoverError}

const ignore = ['**/node_modules/**']

/** How a path is shown: normalised, without a leading `./`, with forward slashes. */
function display(path: string): string {
  return normalize(path).replaceAll('\\', '/')
}

/**
 * Synchronous: a run may name thousands of files one by one (a shell glob, `xargs`), and an
 * awaited `fs/promises` stat per path cost 0.3 s over the corpus's 6,741 (bench/cli.ts).
 */
function exists(path: string): 'file' | 'directory' | undefined {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file'
  } catch {
    return undefined
  }
}

export async function discover(inputs: readonly string[], options: DiscoverOptions = {}): Promise<DiscoverResult> {
  const cwd = options.cwd ?? process.cwd()
  const ext = options.ext ?? ['txt']
  const pattern = ext.length === 1 ? `**/*.${ext[0]}` : `**/*.{${ext.join(',')}}`
  /** absolute path → display path; the first spelling of a file wins. */
  const found = new Map<string, string>()
  const add = (path: string) => {
    const absolute = resolve(cwd, path)
    if (!found.has(absolute)) found.set(absolute, display(path))
  }
  let stdin = false

  for (const input of inputs) {
    if (input === '-') {
      stdin = true
      continue
    }
    const kind = exists(resolve(cwd, input))
    if (kind === 'file') {
      add(input)
    } else if (kind === 'directory') {
      const files = await glob(pattern, {cwd: resolve(cwd, input), ignore, dot: false, onlyFiles: true, expandDirectories: false})
      for (const file of files) add(join(input, file))
    } else if (isDynamicPattern(input)) {
      // A literal path wins over a glob reading of it (a file may be named `[draft].txt`).
      const files = await glob(input, {cwd, ignore, dot: false, onlyFiles: true, expandDirectories: false})
      if (files.length === 0) return {ok: false, error: {code: 'no-match', path: input, message: `no files match '${input}'`}}
      for (const file of files) add(file)
    } else {
      return {ok: false, error: {code: 'missing', path: input, message: `'${input}' does not exist`}}
    }
  }

  const files = [...new Set(found.values())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (stdin) files.unshift('-')
  if (files.length === 0) {
    return {ok: false, error: {code: 'no-files', path: inputs.join(' '), message: `no ${ext.map((e) => `*.${e}`).join(' or ')} files found`}}
  }
  return {ok: true, files}
}
