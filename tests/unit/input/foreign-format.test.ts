/** Documents of other formats that hold a cable, told from cable text by their first character and their format. */
import {describe, expect, it} from 'vitest'
import {decode} from '../../../src/input/decode.js'
import {foreignFormat} from '../../../src/input/foreign-format.js'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('foreignFormat', () => {
  it.each([
    ['{"items":[{"id":"08MADRID174","text":"C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000174"}]}', 'JSON'],
    ['  [{"text": "UNCLAS"}]\n', 'JSON'],
    ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>', 'HTML'],
    ["<?xml version='1.0' encoding='utf-8' ?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html lang='en'>", 'HTML'],
    ['<html><body><pre>SECRET</pre></body></html>', 'HTML'],
    ['<?xml version="1.0"?>\n<cables><cable id="08MADRID174"/></cables>', 'XML'],
  ])('%j is %s', (text, format) => {
    expect(foreignFormat(text)).toBe(format)
  })

  it.each([
    'C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000174\n\n¶1. (C) Talks resumed.',
    '[PGOV](#) [PREL](#)\n\nUNCLAS BEIJING 000509',
    '{not json} UNCLAS',
    '<_protect>0 07/13/2009 MANAMA 424',
    '',
  ])('%j is cable text', (text) => {
    expect(foreignFormat(text)).toBeUndefined()
  })

  it('makes decode refuse the document with its format', () => {
    const result = decode(bytes('{"text": "S E C R E T ASMARA 000047"}'), 'cable.json')
    expect(result.ok ? 'ok' : result.error).toMatchObject({code: 'foreign-format', format: 'JSON', path: 'cable.json'})
  })
})
