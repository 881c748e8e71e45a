/**
 * The baseline as a user would time it: a plain Node script, started from nothing,
 * that reads every file named in the list file `process.argv[2]` (one path per line) and runs
 * one regular expression over it. `bench/run.ts` times it end to end, like the CLI stages.
 */
import {readFileSync} from 'node:fs'
import process from 'node:process'

const paths = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
let count = 0
for (const path of paths) count += readFileSync(path, 'utf8').match(/^\s*E\.?\s?O\.?\s*\d{4,6}/gm)?.length ?? 0
process.stdout.write(`${count}\n`)
