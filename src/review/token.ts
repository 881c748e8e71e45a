/**
 * The review session token: 32 random bytes, hex. Every request to the review server carries
 * it as the first path segment (`/<token>/…`), so a page or program on the same machine that
 * does not know it cannot read the cables (the server only listens on loopback, but other
 * local users and web pages in the browser can reach loopback too).
 */
import {randomBytes, timingSafeEqual} from 'node:crypto'

/** A new session token (64 hex characters). */
export function createSessionToken(): string {
  return randomBytes(32).toString('hex')
}

/** Whether `given` is the session token, compared in constant time. */
export function isSessionToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
