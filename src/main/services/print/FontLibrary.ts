// The bundled fonts (resources/fonts), read once and kept: printers serve them to the print page.
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { GalleyError } from '../../../shared/ipc/errors'
import { FONT_FACES } from '../../../shared/render/fonts'

export class FontLibrary {
  private loading: Promise<Map<string, Uint8Array>> | undefined
  private urls: Map<string, string> | undefined

  constructor(readonly dir: string) {}

  /** Every face the print engine uses, by file name; fails with a clear error when the install is incomplete. */
  load(): Promise<Map<string, Uint8Array>> {
    this.loading ??= Promise.all(
      FONT_FACES.map(async (face) => {
        try {
          return [face.file, new Uint8Array(await readFile(path.join(this.dir, face.file)))] as const
        } catch (error) {
          throw new GalleyError('FONTS_MISSING', 'Galley’s print fonts are missing, so no PDF can be made. Reinstall Galley; your article is unchanged.', `${face.file}: ${String(error)}`)
        }
      }),
    ).then(
      (entries) => new Map(entries),
      (error: unknown) => {
        this.loading = undefined
        throw error
      },
    )
    return this.loading
  }

  /** data: URLs of every face, for a page that loads nothing from outside its document. */
  async dataUrls(): Promise<Map<string, string>> {
    if (this.urls) return this.urls
    const bytes = await this.load()
    this.urls = new Map([...bytes].map(([file, b]) => [file, `data:font/woff2;base64,${Buffer.from(b).toString('base64')}`]))
    return this.urls
  }
}
