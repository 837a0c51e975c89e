// A number per article shown: each open makes a new session, so parts of the window that hold an
// article's state (a half-typed value, a pending question, plugin state) use it as their React key
// and start afresh with the next article.
import type { DocumentSession } from './DocumentSession'

const keys = new WeakMap<DocumentSession, number>()
let last = 0

/** A key that changes with every article the window shows. */
export function articleKey(session: DocumentSession): number {
  let key = keys.get(session)
  if (key === undefined) keys.set(session, (key = ++last))
  return key
}
