/**
 * The review server: a local HTTP server for one reviewer, on 127.0.0.1 at a free port.
 *
 * - Every request carries the session token as its first path segment (`/<token>/…`); any
 *   other request is refused with 403, so the original text of a cable is never served
 *   outside the session (the page's assets and its API alike).
 * - Only loopback peers, and only `Host: 127.0.0.1:<port>` or `localhost:<port>` (a page on
 *   another site that rebinds its DNS name to 127.0.0.1 still sends its own host name).
 * - Paths with `..`, backslashes or NUL are refused before anything is looked up; cables are
 *   found by their key in the discovered list only, page files only under the built page's
 *   folder.
 * - The page is the Vite build in `dist/review/` of the installed package: no network, no CDN.
 */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {dirname, extname, join, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ReleaseLevel} from '../classification.js'
import {listCables, readCable, summarizeCable, type CableEntry} from './cables.js'
import {decisionsPathFor, readDecisionsFile, writeDecisionsFile} from './decisions-file.js'
import {createSessionToken, isSessionToken} from './token.js'

export interface ReviewServerOptions {
  /** The file or folder of cables under review. */
  root: string
  release: ReleaseLevel
  /** Extensions read from a folder (default `txt`). */
  ext?: readonly string[] | undefined
  /** The built page (default: `dist/review` of this package). */
  pageDir?: string | undefined
  /** The session token (default: a new random one). */
  token?: string | undefined
}

export interface ReviewServer {
  /** `http://127.0.0.1:<port>/<token>/`: the one address that opens the page. */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** The folder of the built page in this package (`dist/review`), whether running from `src/` or `dist/src/`. */
export function defaultPageDir(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 5; depth++) {
    if (existsSync(join(folder, 'package.json'))) return join(folder, 'dist', 'review')
    folder = dirname(folder)
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'review')
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
}

const securityHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // The token is in the URL: never send it to another page.
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
}

const maxBody = 1024 * 1024

function send(response: ServerResponse, status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, {...securityHeaders, 'Content-Type': type})
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), contentTypes['.json'])
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

/** A raw request path that tries to leave its folder, in any spelling. */
function isTraversal(rawPath: string): boolean {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return true
  }
  return [rawPath, decoded].some((path) => /(^|[/\\])\.\.([/\\]|$)/.test(path) || path.includes('\\') || path.includes('\0'))
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > maxBody) return undefined
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Start the server; resolves once it listens. */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = options.token ?? createSessionToken()
  const pageDir = resolve(options.pageDir ?? defaultPageDir())
  const root = resolve(options.root)
  const ext = options.ext ?? ['txt']
  let port = 0

  const findCable = async (id: string | null): Promise<CableEntry | undefined> => {
    if (id === null || isTraversal(id)) return undefined
    return (await listCables(root, ext)).find((entry) => entry.id === id)
  }

  const servePage = async (response: ServerResponse, rest: string): Promise<void> => {
    const file = resolve(pageDir, rest === '' ? 'index.html' : rest)
    if (!file.startsWith(pageDir + sep)) return send(response, 403, 'Refused: outside the page folder.\n')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      if (rest === '' || rest === 'index.html') {
        return send(response, 500, "The review page is not built. Run 'npm run build:review' in the cablelint package.\n")
      }
      return send(response, 404, 'Not found.\n')
    }
    send(response, 200, body, contentTypes[extname(file)] ?? 'application/octet-stream')
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isLoopback(request.socket.remoteAddress)) return send(response, 403, 'Refused: loopback connections only.\n')
    const host = request.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(response, 403, 'Refused: unexpected Host.\n')
    const raw = request.url ?? '/'
    const [rawPath = '/'] = raw.split('?')
    if (isTraversal(rawPath)) return send(response, 400, 'Refused: path traversal.\n')
    const url = new URL(raw, `http://127.0.0.1:${port}`)
    const [, given = '', ...segments] = url.pathname.split('/')
    if (!isSessionToken(given, token)) return send(response, 403, 'Refused: missing or wrong session token.\n')
    const rest = segments.map((segment) => decodeURIComponent(segment)).join('/')
    if (segments.length === 0) {
      response.writeHead(302, {...securityHeaders, Location: `/${token}/`})
      return void response.end()
    }

    if (rest === 'api/cables' && request.method === 'GET') {
      const entries = await listCables(root, ext)
      const cables = []
      for (const entry of entries) cables.push(await summarizeCable(entry, options.release))
      return sendJson(response, 200, {release: options.release, cables})
    }
    if (rest === 'api/cable' && request.method === 'GET') {
      const entry = await findCable(url.searchParams.get('id'))
      if (entry === undefined) return sendJson(response, 404, {error: 'No such cable in this review.'})
      const read = await readCable(entry.path)
      if (!read.ok) return sendJson(response, 422, {error: `The cable cannot be read (${read.reason}).`})
      const decisionsPath = decisionsPathFor(entry.path)
      const decisions = await readDecisionsFile(decisionsPath)
      return sendJson(response, 200, {
        id: entry.id,
        release: options.release,
        text: read.text,
        decisionsFile: decisionsPath,
        decisions: decisions.ok ? decisions.decisions : {version: 1, decisions: []},
        decisionsIssues: decisions.ok ? [] : decisions.issues,
      })
    }
    if (rest === 'api/decisions' && request.method === 'PUT') {
      const entry = await findCable(url.searchParams.get('id'))
      if (entry === undefined) return sendJson(response, 404, {error: 'No such cable in this review.'})
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(response, 415, {error: 'Expected application/json.'})
      }
      const body = await readBody(request)
      if (body === undefined) return sendJson(response, 413, {error: 'Too large.'})
      let json: unknown
      try {
        json = JSON.parse(body)
      } catch {
        return sendJson(response, 400, {error: 'Expected JSON.'})
      }
      const path = decisionsPathFor(entry.path)
      const written = writeDecisionsFile(path, json)
      if (!written.ok) return sendJson(response, 422, {error: 'Invalid decisions.', issues: written.issues})
      return sendJson(response, 200, {decisionsFile: path, decisions: written.decisions})
    }
    if (rest.startsWith('api/')) return sendJson(response, 404, {error: 'Unknown request.'})
    if (request.method !== 'GET') return send(response, 405, 'Method not allowed.\n')
    return servePage(response, rest)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `Internal error: ${error instanceof Error ? error.message : String(error)}\n`)
      else response.destroy()
    })
  })
  await new Promise<void>((done, failed) => {
    server.once('error', failed)
    server.listen(0, '127.0.0.1', () => done())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    port,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
