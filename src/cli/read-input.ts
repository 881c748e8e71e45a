/**
 * One path (or `-` for standard input) → a decoded VFile, or the user-facing error that
 * names the path: missing, a directory, unreadable, empty, not text.
 */
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {decode} from '../input/decode.js'
import type {DecodeResult} from '../input/decode.js'
import {errors} from './errors.js'
import type {CliError} from './errors.js'
import type {Io} from './io.js'

export type ReadResult = Extract<DecodeResult, {ok: true}> | {ok: false; error: CliError}

/**
 * The largest file read as one cable: 64 MiB. The longest real cables are under 1 MB and a 20 MB
 * one is read in linear time (bench/), but a file of hundreds of MB is no cable: most likely the
 * release's whole `cables.csv` (1.7 GB, 251,287 cables), which read as one text would take
 * gigabytes of memory (a 20 MB paragraph peaks near 500 MB) or fail in V8's string limit.
 */
export const maxCableBytes = 64 * 1024 * 1024

/** Read and decode the file at `path`; `command` is named in the directory message. */
export async function readInput(path: string, io: Io, command: string): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    // Synchronous: cables are small, and `fs/promises` opening a FileHandle per file cost a
    // sixth of a corpus lint (profiled); a batch reads in workers or one file at a time anyway.
    if (path === '-') bytes = await io.stdin.read()
    else {
      const read = readSmallFile(resolve(io.cwd, path))
      if (typeof read === 'number') return {ok: false, error: errors.tooLarge(path, read, maxCableBytes)}
      bytes = read
    }
  } catch (error) {
    const code = (error as {code?: unknown}).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, error: errors.notFound(path)}
    if (code === 'EISDIR') return {ok: false, error: errors.isDirectory(path, command)}
    if (code === 'EACCES' || code === 'EPERM') return {ok: false, error: errors.permissionDenied(path)}
    return {ok: false, error: errors.unreadable(path, typeof code === 'string' ? code : String(error))}
  }
  const result = decode(bytes, path === '-' ? undefined : path)
  if (result.ok) return result
  switch (result.error.code) {
    case 'binary':
      return {ok: false, error: errors.notText(path)}
    case 'empty':
      return {ok: false, error: errors.empty(path)}
    case 'unsupported-encoding':
      return {ok: false, error: errors.unsupportedEncoding(path)}
    case 'foreign-format':
      return {ok: false, error: errors.foreignFormat(path, result.error.format ?? 'JSON')}
  }
}

/** The file's bytes, or its size when it is over {@link maxCableBytes} (then nothing is read). */
function readSmallFile(absolute: string): Uint8Array | number {
  const fd = openSync(absolute, 'r')
  try {
    const size = fstatSync(fd).size
    return size > maxCableBytes ? size : readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}
