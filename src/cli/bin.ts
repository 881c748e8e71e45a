#!/usr/bin/env node
/** The executable: process I/O and the exit code, nothing else (all logic is in `run`). */
import process from 'node:process'
import {createNodeIo} from './io.js'
import {run} from './run.js'

// exitCode, not process.exit(): pending stdout writes still flush to a pipe.
process.exitCode = await run(process.argv.slice(2), createNodeIo())
