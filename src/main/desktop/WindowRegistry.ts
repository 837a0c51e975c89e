// What each Galley window shows, as main knows it: the article (for one window per file, Show in
// File Manager, the recent list and the menus' state) and files waiting for the window to listen.
import type { WindowStatePatch } from '../../shared/ipc/desktop'
import { samePath } from './openFiles'

export interface WindowRecord {
  readonly id: number
  articlePath: string | null
  title: string
  readOnly: boolean
  previewShown: boolean
  focusMode: boolean
  inspectorShown: boolean
  sidebarShown: boolean
  /** Files routed to the window before its renderer asked for them (`takePendingFiles`). */
  readonly pendingFiles: string[]
  /** The renderer has called `takePendingFiles`: later files go out as `onOpenFile` events. */
  listening: boolean
}

export class WindowRegistry {
  private readonly records = new Map<number, WindowRecord>()

  constructor(private readonly platform: string) {}

  add(id: number, articlePath: string | null = null): WindowRecord {
    const record: WindowRecord = {
      id,
      articlePath,
      title: '',
      readOnly: false,
      previewShown: false,
      focusMode: false,
      inspectorShown: true,
      sidebarShown: true,
      pendingFiles: articlePath ? [articlePath] : [],
      listening: false,
    }
    this.records.set(id, record)
    return record
  }

  remove(id: number): void {
    this.records.delete(id)
  }

  get(id: number): WindowRecord | undefined {
    return this.records.get(id)
  }

  list(): WindowRecord[] {
    return [...this.records.values()]
  }

  /** The window showing `path`, if any (other than `except`). */
  findByPath(path: string, except?: number): WindowRecord | undefined {
    return this.list().find((r) => r.id !== except && r.articlePath !== null && samePath(r.articlePath, path, this.platform))
  }

  /**
   * Applies what the renderer reports. Claiming an article another window shows is refused
   * (`openElsewhere`), so the same file is never edited in two windows.
   */
  update(id: number, patch: WindowStatePatch): { openElsewhere: WindowRecord | undefined } {
    const record = this.records.get(id) ?? this.add(id)
    if (patch.articlePath !== undefined && patch.articlePath !== null) {
      const other = this.findByPath(patch.articlePath, id)
      if (other) return { openElsewhere: other }
    }
    if (patch.articlePath !== undefined) record.articlePath = patch.articlePath
    if (patch.title !== undefined) record.title = patch.title
    if (patch.readOnly !== undefined) record.readOnly = patch.readOnly
    if (patch.previewShown !== undefined) record.previewShown = patch.previewShown
    if (patch.focusMode !== undefined) record.focusMode = patch.focusMode
    if (patch.inspectorShown !== undefined) record.inspectorShown = patch.inspectorShown
    if (patch.sidebarShown !== undefined) record.sidebarShown = patch.sidebarShown
    return { openElsewhere: undefined }
  }

  /** Routes a file to a window: `emit` now if its renderer listens, else kept for `takePendingFiles`. */
  deliver(id: number, path: string): 'emit' | 'queued' {
    const record = this.records.get(id) ?? this.add(id)
    // The window counts as showing the file from now on, while it loads.
    record.articlePath = path
    if (record.listening) return 'emit'
    if (!record.pendingFiles.includes(path)) record.pendingFiles.push(path)
    return 'queued'
  }

  takePending(id: number): string[] {
    const record = this.records.get(id) ?? this.add(id)
    record.listening = true
    return record.pendingFiles.splice(0)
  }
}
