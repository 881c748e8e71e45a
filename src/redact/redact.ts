/**
 * `redact(text, options)`: the public entry of the redactor. Parses the cable (unless a
 * tree is given), then compiles the redaction (`compile.ts`): decide spans from the tree,
 * splice them into the original string, verify, log; and settles it (`settle.ts`). Browser-safe: no Node imports.
 */
import type {ReleaseLevel} from '../classification.js'
import {parse} from '../syntax/parse.js'
import type {Root} from '../syntax/types.js'
import type {RedactResult} from './compile.js'
import type {Decisions} from './decisions.js'
import type {PlaceholderMode} from './placeholders.js'
import {settleRedaction} from './settle.js'

export type {RedactResult} from './compile.js'

export interface RedactOptions {
  /** The level the output may be released at (`--release`). */
  release: ReleaseLevel
  /** `fixed` (default: `[REDACTED]`, `[WITHHELD]`), `label` (`[SOURCE-1]`), `mask` (same-length `X`). */
  placeholder?: PlaceholderMode | undefined
  /** The reviewer's decisions file, validated with `parseDecisions`. */
  decisions?: Decisions | undefined
  /** The tree, when the caller has parsed already (lint + redact in one run). */
  tree?: Root | undefined
  /** Extra protect-marker patterns from the config, passed to the parser. */
  protectMarkerPatterns?: readonly RegExp[] | undefined
  /** File name for the diff header. */
  path?: string | undefined
}

/** Redact a cable. Never throws for any input text; `ok: false` means do not publish. */
export function redact(text: string, options: RedactOptions): RedactResult {
  const tree = options.tree ?? parse(text, {protectMarkerPatterns: options.protectMarkerPatterns})
  const reparse = (output: string): Root => parse(output, {protectMarkerPatterns: options.protectMarkerPatterns})
  return settleRedaction(text, tree, {release: options.release, placeholder: options.placeholder, decisions: options.decisions, path: options.path}, reparse)
}
