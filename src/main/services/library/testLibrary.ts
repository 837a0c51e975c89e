// Helpers for the library's tests: a library in a temporary folder, a clock the test moves, content.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { body, paragraph, subhead } from '../../../shared/article/body'
import type { ArticleContent, OpenedArticle } from '../../../shared/ipc/library'
import type { HostEvents } from '../../../shared/ipc/contract'
import type { EventSink } from '../EventSink'
import type { FsLike } from '../fs/FsLike'
import { LibraryService, type LibraryServiceOptions } from './LibraryService'

export interface TestLibrary {
  readonly dir: string
  readonly userDataDir: string
  readonly service: LibraryService
  readonly events: { name: keyof HostEvents; payload: unknown }[]
  readonly clock: { now: Date; advance(ms: number): void }
  /** A new service over the same folders (a restart); the old one is halted, as after a crash, unless disposed first. */
  restart(options?: Partial<LibraryServiceOptions>): Promise<LibraryService>
  cleanup(): Promise<void>
}

export async function testLibrary(options: Partial<LibraryServiceOptions> & { fs?: FsLike } = {}): Promise<TestLibrary> {
  const root = await mkdtemp(path.join(tmpdir(), 'galley-library-test-'))
  const dir = path.join(root, 'Galley')
  const userDataDir = path.join(root, 'user-data')
  const events: TestLibrary['events'] = []
  const sink: EventSink = { emit: (name, payload) => events.push({ name, payload }) }
  const clock = {
    now: new Date('2020-07-08T08:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms)
    },
  }
  const make = (extra: Partial<LibraryServiceOptions> = {}): LibraryService =>
    new LibraryService({ dir: async () => dir, userDataDir, events: sink, now: () => clock.now, watch: false, ...options, ...extra })
  let service = make()
  await service.start()
  const lib: TestLibrary = {
    dir,
    userDataDir,
    get service() {
      return service
    },
    events,
    clock,
    async restart(extra) {
      await service.halt()
      service = make(extra)
      await service.start()
      return service
    },
    async cleanup() {
      await service.halt()
      await rm(root, { recursive: true, force: true })
    },
  }
  return lib
}

/** The content the renderer would send, from an opened article with changes. */
export function edit(opened: Pick<OpenedArticle, 'article'>, changes: { headline?: string; paragraphs?: readonly string[] }): ArticleContent {
  const a = opened.article
  return {
    meta: { ...a.meta, ...(changes.headline !== undefined ? { headline: changes.headline } : {}) },
    layout: a.layout,
    body: changes.paragraphs ? body([subhead('Lead'), ...changes.paragraphs.map((p) => paragraph(p))]) : a.body,
  }
}
