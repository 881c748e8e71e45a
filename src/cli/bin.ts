#!/usr/bin/env node
/** The executable: process I/O and the exit code, nothing else (all logic is in `run`). */
import process from 'node:process'
import v8 from 'node:v8'
import {stopCodes} from './exit-codes.js'
import {createNodeIo} from './io.js'
import {run} from './run.js'

// Each cable is read once, so a run is mostly V8 warming up: TurboFan's inlining made every
// optimisation of the parser's large functions cost 30–220 ms, several times over as they
// deoptimised and were compiled again, in each worker. Without inlining a corpus lint took a
// quarter less CPU, and the optimised code was no slower (bench/RESULTS.md). V8 flags are
// process-wide, so the worker threads started later run with it too.
v8.setFlagsFromString('--no-turbo-inlining')

// A run holds little at a time (a few batches of cables: 14–20 MB live in each thread), but V8
// let each heap grow to three or four times that before a full collection, in the main thread
// and in every worker: `check --out` peaked at 300 MB over the corpus and 329 MB over three
// copies of it. Growing each heap by half its live size instead keeps the peak at 200–245 MB
// whatever the number of files, for a few more (short) full collections (bench/RESULTS.md).
v8.setFlagsFromString('--heap-growing-percent=50')

// Ctrl-C: erase a progress line, exit 130 (128 + SIGINT), at once. Every copy is written to a
// temporary and renamed, synchronously (atomic-write.ts), so the signal is handled between two
// writes, never during one: no file is half-written and no temporary is left. A report going to
// --output is written in pieces to a temporary that an exit hook removes, so the old report
// stays. Copies already in place are complete and stay; a report streamed to standard output
// stops where the run stopped. Workers end with the process.
process.once('SIGINT', () => {
  if (process.stderr.isTTY) process.stderr.write('\r\u001B[K')
  process.exit(stopCodes.interrupted)
})

// A reader that stops early (`cablelint lint … | head`): end at once and quietly, as a command
// killed by SIGPIPE does (exit 141 = 128 + 13), not with a stack trace for the EPIPE. What is
// on disk is as after a Ctrl-C: whole copies, no temporary.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(stopCodes.readerGone)
    throw error
  })
}

// exitCode, not process.exit(): pending stdout writes still flush to a pipe.
process.exitCode = await run(process.argv.slice(2), createNodeIo())
