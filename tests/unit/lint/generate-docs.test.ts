/** docs/rules.md and the README's rule table are generated from the registry: both must be up to date. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../../rules/index.js'
import {endMarker, readmePath, renderReadmeTable, renderRulesDoc, replaceRuleTable, rulesDocPath, startMarker} from '../../../scripts/generate-docs.js'

const root = join(import.meta.dirname, '..', '..', '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const stale = "is out of date: run 'npx tsx scripts/generate-docs.ts'"

describe('generated rule docs', () => {
  it(`${rulesDocPath} is what the registry generates`, () => {
    expect(read(rulesDocPath), `${rulesDocPath} ${stale}`).toBe(renderRulesDoc())
  })

  it(`${readmePath}'s rule table is what the registry generates`, () => {
    const readme = read(readmePath)
    expect(readme).toContain(`## Rules`)
    expect(readme, `${readmePath} ${stale}`).toBe(replaceRuleTable(readme, renderReadmeTable()))
  })

  it('documents every rule: an anchor, its severity, summary and authority, and every example', () => {
    const doc = renderRulesDoc()
    for (const rule of Object.values(rules)) {
      expect(doc).toContain(`## ${rule.id}\n\n<a id="${rule.id}"></a>`)
      expect(doc).toContain(`- Severity: ${rule.severity}`)
      expect(doc).toContain(rule.summary)
      expect(doc).toContain(`- Authority: ${rule.authority}`)
      for (const input of rule.examples.valid) expect(doc).toContain(input)
      for (const example of rule.examples.invalid) for (const line of example.output) expect(doc).toContain(`- \`${line}\``)
    }
  })

  it('replaces only what stands between the markers, and refuses a README without them', () => {
    const before = `# x\n\n## Rules\n\n${startMarker}\nold\n${endMarker}\n\n## After\n`
    expect(replaceRuleTable(before, 'new')).toBe(`# x\n\n## Rules\n\n${startMarker}\nnew\n${endMarker}\n\n## After\n`)
    expect(() => replaceRuleTable('# x\n', 'new')).toThrow(/rules:start/)
  })
})
