import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, formatGithub} from '../../../src/report/github.js'
import {cableFile, finding, reportFile} from './fixtures.js'

describe('formatGithub', () => {
  it('writes one workflow command per finding with the message place and rule as title', () => {
    const output = formatGithub([
      reportFile([
        finding({reason: 'Unexpected `S`, expected `U`'}),
        finding({ruleId: 'portion-marking', severity: 'warning', reason: 'Unexpected unmarked paragraph', place: [3, 8, 42, 4, 2, 66]}),
        finding({ruleId: 'paragraph-numbering', severity: 'info', reason: 'Info', place: [5, 1, 70, 5, 3, 72]}),
      ]),
    ])
    expect(output).toBe(
      [
        '::error file=cables/09STATE1.txt,line=2,col=4,endLine=2,endColumn=7,title=no-portion-above-banner::Unexpected `S`, expected `U`',
        '::warning file=cables/09STATE1.txt,line=3,col=8,endLine=4,endColumn=2,title=portion-marking::Unexpected unmarked paragraph',
        '::notice file=cables/09STATE1.txt,line=5,col=1,endLine=5,endColumn=3,title=paragraph-numbering::Info',
        '',
      ].join('\n'),
    )
  })

  it('escapes %, CR and LF in the message, and also , and : in properties', () => {
    const output = formatGithub([reportFile([finding({ruleId: 'a:b,c', reason: '100% sure\r\nnext: a, b'})], {file: cableFile('dir,x/C:odd%.txt')})])
    expect(output).toBe('::error file=dir%2Cx/C%3Aodd%25.txt,line=2,col=4,endLine=2,endColumn=7,title=a%3Ab%2Cc::100%25 sure%0D%0Anext: a, b\n')
    expect(escapeData('%0A')).toBe('%250A')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('leaves out suppressed findings, and warnings when quiet', () => {
    const files = [reportFile([finding({ruleId: 'portion-marking', severity: 'warning'})], {suppressed: [finding({justification: 'ok'})]})]
    expect(formatGithub(files)).toBe(
      '::warning file=cables/09STATE1.txt,line=2,col=4,endLine=2,endColumn=7,title=portion-marking::Unexpected portion marked `S` under a `U` banner, expected `U` or lower\n',
    )
    expect(formatGithub(files, {quiet: true})).toBe('')
  })

  it('reports rules that threw as errors on the file', () => {
    expect(formatGithub([reportFile([], {internalErrors: [{ruleId: 'portion-marking', message: 'boom'}]})])).toBe(
      '::error file=cables/09STATE1.txt,title=cablelint internal error::Rule `portion-marking` failed: boom\n',
    )
  })

  it('prints nothing for clean files', () => {
    expect(formatGithub([reportFile([])])).toBe('')
  })
})
