/**
 * One path (or `-` for standard input) → a decoded VFile, or the user-facing error that
 * names the path: missing, a directory, unreadable, empty, not text.
 */
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {decode} from '../input/decode.js'
import type {DecodeResult} from '../input/decode.js'
import {errors} from './errors.js'
import type {CliError} from './errors.js'
import type {Io} from './io.js'

export type ReadResult = Extract<DecodeResult, {ok: true}> | {ok: false; error: CliError}

/** Read and decode the file at `path`; `command` is named in the directory message. */
export async function readInput(path: string, io: Io, command: string): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    // Synchronous: cables are small, and `fs/promises` opening a FileHandle per file cost a
    // sixth of a corpus lint (profiled); a batch reads in workers or one file at a time anyway.
    bytes = path === '-' ? await io.stdin.read() : readFileSync(resolve(io.cwd, path))
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
