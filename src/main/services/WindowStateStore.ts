// Remembers the main window's size, position and maximized state between runs.
import * as path from 'node:path'
import { z } from 'zod'
import { isNotFound, writeFileAtomic } from './fs/atomicWrite'
import { nodeFs, type FsLike } from './fs/FsLike'

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(100).max(20_000),
  height: z.number().int().min(100).max(20_000),
  maximized: z.boolean().optional(),
})
export type WindowState = z.infer<typeof WindowStateSchema>

export class WindowStateStore {
  private readonly file: string
  constructor(
    userDataDir: string,
    private readonly fs: FsLike = nodeFs,
  ) {
    this.file = path.join(userDataDir, 'window-state.json')
  }

  /** The saved state, or undefined when there is none or it cannot be read (never fatal). */
  async load(): Promise<WindowState | undefined> {
    try {
      const parsed = WindowStateSchema.safeParse(JSON.parse(await this.fs.readFile(this.file, 'utf8')))
      return parsed.success ? parsed.data : undefined
    } catch (error) {
      if (!isNotFound(error) && !(error instanceof SyntaxError)) throw error
      return undefined
    }
  }

  async save(state: WindowState): Promise<void> {
    const checked = WindowStateSchema.parse(state)
    await writeFileAtomic(this.file, `${JSON.stringify(checked, null, 2)}\n`, { fs: this.fs })
  }
}
