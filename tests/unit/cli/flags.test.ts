import {describe, expect, it} from 'vitest'
import {commands} from '../../../src/cli/commands/index.js'
import {commandNames, flags, formatHelp} from '../../../src/cli/flags.js'
import {closest, distance} from '../../../src/cli/suggest.js'

describe('flag table', () => {
  it('has unique long and short names, kebab-case', () => {
    const longs = flags.map((flag) => flag.long)
    const shorts = flags.flatMap((flag) => (flag.short === undefined ? [] : [flag.short]))
    expect(new Set(longs).size).toBe(longs.length)
    expect(new Set(shorts).size).toBe(shorts.length)
    for (const long of longs) expect(long).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('names only registered commands, and every command module matches its name', () => {
    for (const flag of flags) if (flag.commands !== 'all') for (const command of flag.commands) expect(commandNames).toContain(command)
    for (const name of commandNames) expect(commands[name].name).toBe(name)
  })

  it('every flag appears in the help of each command that takes it, and no other', () => {
    const infos = commandNames.map((name) => commands[name])
    for (const name of commandNames) {
      const help = formatHelp(infos, name)
      for (const flag of flags) {
        const applies = flag.commands === 'all' || flag.commands.includes(name)
        expect(new RegExp(`--(?:\\[no-\\])?${flag.long}(?![\\w-])`).test(help), `${name} --${flag.long}`).toBe(applies)
      }
    }
  })
})

describe('closest', () => {
  it('counts a swap as one edit', () => {
    expect(distance('pasre', 'parse')).toBe(1)
    expect(distance('kitten', 'sitting')).toBe(3)
    expect(distance('', 'abc')).toBe(3)
  })

  it('suggests typos and prefixes, not unrelated words', () => {
    expect(closest('pasre', commandNames)).toBe('parse')
    expect(closest('red', commandNames)).toBe('redact')
    expect(closest('xyz', commandNames)).toBeUndefined()
  })
})
