/**
 * The process's I/O, passed to `run(argv, io)` so that the whole CLI can be driven by tests
 * with a fake: output streams, standard input, environment, working directory and a clock.
 * Only `bin.ts` builds the real one.
 */
import process from 'node:process'

/** A place to write text: stdout or stderr. */
export interface OutputStream {
  write(text: string): void
  /** Whether the stream is a terminal (progress and colour are shown only then). */
  readonly isTTY: boolean
  /** Terminal width in columns, when known. */
  readonly columns?: number | undefined
}

export interface Io {
  stdout: OutputStream
  stderr: OutputStream
  stdin: {
    /** Read all of standard input as bytes (for the `-` path). */
    read(): Promise<Uint8Array>
    readonly isTTY: boolean
  }
  env: Readonly<Record<string, string | undefined>>
  /** Directory that relative paths are resolved against. */
  cwd: string
  /** Milliseconds from a monotonic clock; injected so progress timing can be tested. */
  now(): number
}

function outputStream(stream: NodeJS.WriteStream): OutputStream {
  return {
    write(text) {
      stream.write(text)
    },
    get isTTY() {
      return stream.isTTY === true
    },
    get columns() {
      return stream.columns
    },
  }
}

/** The real process I/O. */
export function createNodeIo(): Io {
  return {
    stdout: outputStream(process.stdout),
    stderr: outputStream(process.stderr),
    stdin: {
      async read() {
        const chunks: Uint8Array[] = []
        for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array))
        const buffer = Buffer.concat(chunks)
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      },
      get isTTY() {
        return process.stdin.isTTY === true
      },
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => performance.now(),
  }
}
