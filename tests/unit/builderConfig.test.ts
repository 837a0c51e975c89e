// electron-builder.yml: valid against electron-builder's own schema, with the targets, file
// association, icons and security fuses Galley promises.
import Ajv from 'ajv'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { parse } from 'yaml'
import { ICNS_TYPES, ICO_SIZES } from '../../scripts/iconContainers'
import { DICTIONARY_SOURCES } from '../../src/main/services/spelling/dictionaries'

const root = path.resolve(import.meta.dirname, '../..')
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>
  linux: { target: string[]; icon: string }
  win: { target: string[]; icon: string }
  mac: { target: string[]; icon: string; extendInfo: { UTExportedTypeDeclarations: { UTTypeTagSpecification: Record<string, unknown> }[] } }
  fileAssociations: { ext: string; mimeType: string; icon: string; role: string }[]
  directories: { buildResources: string }
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

  it('gives Windows an .ico and macOS an .icns with every size, made from the same renderings', () => {
    const ico = readFileSync(path.join(root, config.win.icon))
    expect(config.win.icon.endsWith('.ico')).toBe(true)
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, ICO_SIZES.length])
    ICO_SIZES.forEach((size, i) => {
      const entry = 6 + 16 * i
      const offset = ico.readUInt32LE(entry + 12)
      // Each entry is a PNG of its size (0 in the directory means 256).
      expect(ico.readUInt8(entry) || 256).toBe(size)
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG')
      expect(ico.readUInt32BE(offset + 16)).toBe(size)
      expect(readFileSync(path.join(root, `resources/icons/${size}x${size}.png`)).equals(ico.subarray(offset, offset + ico.readUInt32LE(entry + 8)))).toBe(true)
    })

    const icns = readFileSync(path.join(root, config.mac.icon))
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found = new Map<string, number>()
    for (let at = 8; at < icns.length; ) {
      const type = icns.subarray(at, at + 4).toString('ascii')
      const length = icns.readUInt32BE(at + 4)
      found.set(type, icns.readUInt32BE(at + 8 + 16))
      at += length
    }
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(ICNS_TYPES))
  })

  it('gives .galley documents their icon on each platform and declares the type to macOS', () => {
    const [association] = config.fileAssociations
    expect(association?.role).toBe('Editor')
    // electron-builder looks for <icon>.icns (macOS) and <icon>.ico (Windows) in the build resources.
    for (const ext of ['icns', 'ico']) expect(existsSync(path.join(root, config.directories.buildResources, `${association?.icon}.${ext}`))).toBe(true)
    expect(config.linux).toMatchObject({ mimeTypes: ['application/x-galley+json'], executableName: 'galley-app' })
    expect(config.mac.extendInfo.UTExportedTypeDeclarations[0]?.UTTypeTagSpecification).toEqual({
      'public.filename-extension': ['galley'],
      'public.mime-type': 'application/x-galley+json',
    })
  })

  it('ships the spelling dictionaries with their licences', () => {
    const extra = config['extraResources'] as { filter: string[] }[]
    expect(extra[0]?.filter).toContain('dictionaries/**')
    for (const source of DICTIONARY_SOURCES) {
      const dir = path.join(root, 'resources/dictionaries', source.id)
      expect(existsSync(path.join(dir, 'LICENSE')), `${source.id}/LICENSE`).toBe(true)
      const pkg = path.join(root, 'node_modules', source.npmPackage)
      if (source.format === 'hunspell') {
        // The pinned npm packages' files, byte for byte (npm run dictionaries copies them).
        expect(readFileSync(path.join(dir, `${source.id}.dic`)).equals(readFileSync(path.join(pkg, 'index.dic'))), source.id).toBe(true)
        expect(readFileSync(path.join(dir, `${source.id}.aff`)).equals(readFileSync(path.join(pkg, 'index.aff'))), source.id).toBe(true)
      } else {
        // Sorted strictly, as the binary search needs, one normalized form per line.
        const words = gunzipSync(readFileSync(path.join(dir, `${source.id}.words.gz`))).toString('utf8').split('\n')
        expect(words.pop()).toBe('')
        expect(words.length).toBeGreaterThan(500_000)
        let sorted = true
        for (let i = 1; i < words.length; i++) if (!(words[i - 1]! < words[i]!)) sorted = false
        expect(sorted).toBe(true)
      }
    }
  })
})
