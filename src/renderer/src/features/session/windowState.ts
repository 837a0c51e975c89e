// Keeps main informed of what this window shows (for the title, the menus' state, Show in File
// Manager and one window per file), sending only what changed. Which article the window shows is
// claimed before it opens: main answers `openElsewhere` when another window has it (and focuses it).
import type { OpenArticleAnswer, WindowStatePatch } from '../../../../shared/ipc/desktop'
import { host } from '../../host'

type Sent = { -readonly [K in keyof WindowStatePatch]: WindowStatePatch[K] }

export class WindowStateSync {
  private sent: Sent = {}

  /** Sends the keys of `patch` that differ from what main last heard (all of them with `force`). */
  async send(patch: WindowStatePatch, force = false): Promise<{ readonly openElsewhere: boolean }> {
    const changed: Sent = {}
    for (const [key, value] of Object.entries(patch) as [keyof Sent, Sent[keyof Sent]][]) {
      if (value === undefined) continue
      if (force || this.sent[key] !== value) (changed as Record<string, unknown>)[key] = value
    }
    if (Object.keys(changed).length === 0) return { openElsewhere: false }
    try {
      return await this.tell(changed, () => host.desktop.setWindowState(changed))
    } catch {
      // Main not reachable (it stopped): the next change tries again.
      return { openElsewhere: false }
    }
  }

  /**
   * Claims `path` for this window and opens it (`desktop.openArticle`): what main then knows is that
   * the window shows it. A refusal or a failure leaves what main last heard as it was; after a failure
   * the caller sends the window's article again (`send(…, true)`), as main has taken the claim.
   */
  openArticle(path: string): Promise<OpenArticleAnswer> {
    return this.tell({ articlePath: path }, () => host.desktop.openArticle(path))
  }

  /** Records `changed` as heard by main while `call` tells it; a refusal (`openElsewhere`) or a failure takes that back. */
  private async tell<A extends { readonly openElsewhere: boolean }>(changed: Sent, call: () => Promise<A>): Promise<A> {
    const before = { ...this.sent }
    Object.assign(this.sent, changed)
    try {
      const answer = await call()
      // Main applied nothing: what it knows is still what it knew.
      if (answer.openElsewhere) this.sent = before
      return answer
    } catch (error) {
      this.sent = before
      throw error
    }
  }
}

const WINDOW_ARTICLE = 'galley.window.article'

/** The article this window shows, kept for a reload of the window (not for other windows). */
export function rememberWindowArticle(path: string | null): void {
  try {
    if (path) window.sessionStorage.setItem(WINDOW_ARTICLE, path)
    else window.sessionStorage.removeItem(WINDOW_ARTICLE)
  } catch {
    // Storage unavailable: a reload shows the start page instead.
  }
}

export function windowArticle(): string | null {
  try {
    return window.sessionStorage.getItem(WINDOW_ARTICLE)
  } catch {
    return null
  }
}

const LAST_TEMPLATE = 'galley.lastTemplate'

/** The template "New article" uses: the publication's everyday news story, or an editorial for the editorial writer. */
export function defaultTemplate(): string {
  try {
    return window.localStorage.getItem(LAST_TEMPLATE) === 'editorial' ? 'editorial' : 'news'
  } catch {
    return 'news'
  }
}

export function rememberTemplate(templateId: string): void {
  try {
    window.localStorage.setItem(LAST_TEMPLATE, templateId)
  } catch {
    // Not remembered: "New article" starts a news story.
  }
}
