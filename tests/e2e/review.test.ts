/**
 * End to end: `cablelint review` started as a process, its page driven in headless Chromium
 * (Debian's /usr/bin/chromium through playwright-core). Seed 002 has two protected people
 * (`He Ye`, `Wang Qiliang`) and, at release C, `He` at sentence starts, which the redactor
 * flags as ambiguous: the reviewer keeps one with a reason, and `redact --decisions` honours it.
 *
 * Skips with a message when Chromium is absent outside CI (`.ci/run` installs it).
 * Set CABLELINT_SCREENSHOTS=1 to refresh docs/review-*.png.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser, type Page} from 'playwright-core'
import {build} from 'vite'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Io} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'

const root = join(import.meta.dirname, '..', '..')
const executablePath = '/usr/bin/chromium'
const seed = '002_77402857c6bbb7a2'
const available = existsSync(executablePath)
if (!available) {
  if (process.env['CI'] === 'true') throw new Error(`${executablePath} is missing: .ci/run installs Debian's chromium`)
  console.warn(`Skipping the review page e2e tests: ${executablePath} is missing (apt-get install -y chromium).`)
}

/** A raw GET (fetch would normalise `../` away before sending it). */
function rawGet(port: number, path: string): Promise<{status: number; body: string}> {
  return new Promise((done, failed) => {
    const call = request({host: '127.0.0.1', port, path, method: 'GET'}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => done({status: response.statusCode ?? 0, body}))
    })
    call.on('error', failed)
    call.end()
  })
}

function fakeIo(cwd: string): Io & {out: () => string; err: () => string} {
  let out = ''
  let err = ''
  return {
    stdout: {write: (text) => void (out += text), isTTY: false},
    stderr: {write: (text) => void (err += text), isTTY: false},
    stdin: {read: () => Promise.resolve(new Uint8Array()), isTTY: false},
    env: {},
    cwd,
    now: () => 0,
    out: () => out,
    err: () => err,
  }
}

describe.skipIf(!available)('review page', () => {
  let dir = ''
  let child: ChildProcess | undefined
  let browser: Browser | undefined
  let page: Page
  let url = ''
  let port = 0
  let token = ''
  let text = ''

  beforeAll(async () => {
    // The page is built by `prepare`; build it here too so the test never runs a stale one.
    await build({configFile: join(root, 'review', 'vite.config.ts'), logLevel: 'error'})
    dir = await mkdtemp(join(tmpdir(), 'cablelint-review-'))
    await copyFile(join(root, 'seeds', `${seed}.txt`), join(dir, `${seed}.txt`))
    await copyFile(join(root, 'seeds', '003_190834ae1df68833.txt'), join(dir, '003_190834ae1df68833.txt'))
    text = await readFile(join(dir, `${seed}.txt`), 'utf8')

    child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'bin.ts'), 'review', dir, '--release', 'C'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    url = await new Promise<string>((done, failed) => {
      let printed = ''
      const timer = setTimeout(() => failed(new Error(`no URL printed: ${printed}`)), 30_000)
      child?.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        printed += chunk
        const found = /http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{64}\//.exec(printed)
        if (found) {
          clearTimeout(timer)
          done(found[0])
        }
      })
      child?.stderr?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk))
      child?.once('exit', (code) => failed(new Error(`review exited ${code}: ${printed}`)))
    })
    const parsed = new URL(url)
    port = Number(parsed.port)
    token = parsed.pathname.split('/')[1] ?? ''

    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    page = await browser.newPage({viewport: {width: 1600, height: 1000}})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    child?.kill('SIGTERM')
    if (dir !== '') await rm(dir, {recursive: true, force: true})
  })

  it('refuses requests without the session token, with a wrong one, and with ../', async () => {
    expect((await rawGet(port, '/')).status).toBe(403)
    expect((await rawGet(port, '/api/cables')).status).toBe(403)
    const wrong = `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`
    expect((await rawGet(port, `/${wrong}/api/cable?id=${seed}.txt`)).status).toBe(403)
    const traversal = await rawGet(port, `/${token}/../${token}/api/cables`)
    expect(traversal.status).toBe(400)
    const encoded = await rawGet(port, `/${token}/%2e%2e/%2e%2e/package.json`)
    expect(encoded.status).toBe(400)
    const outside = await rawGet(port, `/${token}/api/cable?id=..%2Fpackage.json`)
    expect(outside.status).toBe(404)
    expect(outside.body).not.toContain('cablelint')
    // With the token, the cable's text is served.
    const inside = await rawGet(port, `/${token}/api/cable?id=${seed}.txt`)
    expect(inside.status).toBe(200)
    expect((JSON.parse(inside.body) as {text: string}).text).toBe(text)
  })

  it('lists the cables, highlights spans, and keeps an ambiguous mention with a reason', async () => {
    await page.goto(url)
    await page.waitForSelector('[data-cable]')
    const names = await page.locator('[data-cable] .name').allTextContents()
    expect(names).toEqual(['002_77402857c6bbb7a2.txt', '003_190834ae1df68833.txt'])
    await page.click(`[data-cable="${seed}.txt"]`)
    await page.waitForSelector('.original mark.span')

    // Both protected names are highlighted in the original, as names, where the cable writes them.
    const names002 = await page.locator('.original mark.reason-protected-name').allTextContents()
    expect(names002).toEqual(['He Ye', 'Wang Qiliang'])
    // `He` at the start of "He said that through his research" (line 287) is ambiguous.
    const sentence = 'measures are lacking. He said'
    const offset = text.indexOf(sentence) + 'measures are lacking. '.length
    expect(text.slice(offset, offset + 2)).toBe('He')
    const ambiguous = page.locator(`.original mark.reason-ambiguous-mention[data-start="${offset}"]`)
    await expect(ambiguous.textContent()).resolves.toBe('He')
    const line287 = page.locator('.row[data-line="287"] .redacted')
    await expect(line287.textContent()).resolves.toContain('lacking. [REDACTED] said')
    // The people panel lists both, with their mentions.
    await expect(page.locator('#people h3').allTextContents()).resolves.toEqual(['P1 — He Ye', 'P2 — Wang Qiliang'])

    // Keyboard: n selects the first span to review, p goes back around to the last.
    await page.keyboard.press('n')
    const first = await page.locator('mark.current').first().getAttribute('data-start')
    await page.keyboard.press('n')
    const second = await page.locator('mark.current').first().getAttribute('data-start')
    expect(second).not.toBe(first)
    await page.keyboard.press('p')
    await expect(page.locator('mark.current').first().getAttribute('data-start')).resolves.toBe(first)

    // Select the mention by clicking it, then k, a reason and Enter.
    await ambiguous.click()
    await expect(page.locator('mark.current').first().getAttribute('data-start')).resolves.toBe(String(offset))
    await page.keyboard.press('k')
    await expect(page.locator('#reason').evaluate((node) => node === node.ownerDocument.activeElement)).resolves.toBe(true)
    await page.keyboard.type('the pronoun: a generic speaker, not He Ye')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#status:has-text("Saved 1 decision")')
    await expect(line287.textContent()).resolves.toContain('lacking. He said')
    await expect(page.locator('.row[data-line="287"] .original mark.reason-kept').textContent()).resolves.toBe('He')

    const decisionsPath = join(dir, `${seed}.decisions.json`)
    const written = JSON.parse(await readFile(decisionsPath, 'utf8')) as unknown
    expect(written).toEqual({version: 1, decisions: [{action: 'keep', offset, reason: 'the pronoun: a generic speaker, not He Ye'}]})

    if (process.env['CABLELINT_SCREENSHOTS'] === '1') {
      await page.locator(`.row[data-line="280"]`).scrollIntoViewIfNeeded()
      await page.screenshot({path: join(root, 'docs', 'review-002.png')})
      await page.keyboard.press('n')
      await page.locator('.row[data-line="110"]').scrollIntoViewIfNeeded()
      await page.screenshot({path: join(root, 'docs', 'review-002-people.png')})
    }

    // The CLI reads the same file: the kept token stays, the other mentions are still redacted.
    const io = fakeIo(dir)
    const code = await run(['redact', join(dir, `${seed}.txt`), '--release', 'C', '--decisions', decisionsPath], io)
    expect(io.err()).not.toContain('cablelint:')
    expect(code).toBe(0)
    // One ambiguous `He` kept, the other still redacted.
    expect(io.err()).toMatch(/ambiguous-mention +1\b/)
    expect(io.out()).toContain('measures are lacking. He said')
    expect(io.out()).not.toMatch(/\bHe Ye\b|\bWang\b/)
    const plain = fakeIo(dir)
    await run(['redact', join(dir, `${seed}.txt`), '--release', 'C'], plain)
    expect(plain.out()).toContain('measures are lacking. [REDACTED] said')
  })

  // A place's name the redactor kept itself (`Sao Paulo` beside `Paulo Rosa (strictly protect)`).
  it('says a place the redactor kept is kept by default, and offers only to withhold it', async () => {
    const cable = 'UNCLAS SAO PAULO 000910\n\n1. (U) At the Sao Paulo meeting, Paulo Rosa (strictly protect) spoke.\n'
    await writeFile(join(dir, 'place.txt'), cable)
    await page.goto(url)
    await page.click('[data-cable="place.txt"]')
    await page.waitForSelector('.original mark.reason-kept')
    const offset = cable.indexOf('Paulo meeting')
    await page.locator(`.original mark.reason-kept[data-start="${offset}"]`).click()
    await expect(page.locator('mark.current').first().getAttribute('data-start')).resolves.toBe(String(offset))
    await expect(page.locator('#decision').textContent()).resolves.toContain("kept by default: a place's name, Sao Paulo")
    await expect(page.locator('#keep').isDisabled()).resolves.toBe(true)
    await expect(page.locator('#withhold').isDisabled()).resolves.toBe(false)
  })
})
