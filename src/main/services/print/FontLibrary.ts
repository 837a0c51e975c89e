// The bundled fonts (resources/fonts) as data: URLs for the print document, read once and kept.
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { GalleyError } from '../../../shared/ipc/errors'
import { FONT_FACES } from '../../../shared/render/fonts'

export class FontLibrary {
  private urls: Map<string, string> | undefined
  private loading: Promise<Map<string, string>> | undefined

  constructor(private readonly dir: string) {}

  /** Reads every face the print engine uses; fails with a clear error when the install is incomplete. */
  load(): Promise<Map<string, string>> {
    if (this.urls) return Promise.resolve(this.urls)
    this.loading ??= Promise.all(
      FONT_FACES.map(async (face) => {
        try {
          const bytes = await readFile(path.join(this.dir, face.file))
          return [face.file, `data:font/woff2;base64,${bytes.toString('base64')}`] as const
        } catch (error) {
          throw new GalleyError('FONTS_MISSING', 'Galley’s print fonts are missing, so no PDF can be made. Reinstall Galley; your article is unchanged.', `${face.file}: ${String(error)}`)
        }
      }),
    ).then(
      (entries) => (this.urls = new Map(entries)),
      (error: unknown) => {
        this.loading = undefined
        throw error
      },
    )
    return this.loading
  }
}
