// electron-builder.yml: valid against electron-builder's own schema, with the targets, file
// association, icons and security fuses Galley promises.
import Ajv from 'ajv'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>
  linux: { target: string[]; icon: string }
  win: { target: string[] }
  mac: { target: string[] }
  fileAssociations: { ext: string; mimeType: string }[]
}

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s schema', () => {
    const require = createRequire(import.meta.url)
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true })
    const validate = ajv.compile(schema)
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('names the app and the platform targets', () => {
    expect(config['appId']).toBe('app.galley.desktop')
    expect(config['productName']).toBe('Galley')
    expect(config['asar']).toBe(true)
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
  })

  it('associates .galley files with their MIME type', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'galley', mimeType: 'application/x-galley+json' })])
  })

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('points at icons that exist, generated from one source at every size', () => {
    expect(existsSync(path.join(root, 'resources/icon.svg'))).toBe(true)
    const png = readFileSync(path.join(root, String(config['icon'])))
    expect(png.readUInt32BE(16)).toBe(1024) // PNG IHDR width
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const file = readFileSync(path.join(root, config.linux.icon, `${size}x${size}.png`))
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size])
    }
  })
})
