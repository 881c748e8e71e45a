/**
 * `cableParse`: the cable parser as a unified parser plugin, so that a processor
 * (`unified().use(cableParse).use(lintPlugins…)`) reads cables the way remark reads Markdown.
 */
import type {Processor} from 'unified'
import {parse, type ParseOptions} from './parse.js'
import type {Root} from './types.js'

/** Attach the cable parser to a unified processor. */
export default function cableParse(this: Processor<Root>, options: ParseOptions = {}): undefined {
  this.parser = (document: string) => parse(document, options)
  return undefined
}
