// `npm run fonts`: copies the font faces the print engine uses (src/shared/render/fonts.ts) from
// the @fontsource packages into resources/fonts, with their licences. The copies are committed so
// the app, the CLI and the installers reach them without node_modules.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FACES } from '../src/shared/render/fonts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(root, 'resources/fonts')
mkdirSync(target, { recursive: true })
for (const old of readdirSync(target)) rmSync(path.join(target, old))

const sources = new Set<string>()
for (const face of FONT_FACES) {
  const from = path.join(root, 'node_modules', face.source, 'files', face.file)
  if (!existsSync(from)) throw new Error(`Missing font file ${from}: is ${face.source} installed?`)
  copyFileSync(from, path.join(target, face.file))
  sources.add(face.source)
}
for (const source of sources) {
  const licence = path.join(root, 'node_modules', source, 'LICENSE')
  if (existsSync(licence)) copyFileSync(licence, path.join(target, `LICENSE-${path.basename(source)}.txt`))
}
console.log(`Copied ${FONT_FACES.length} font faces from ${sources.size} packages into resources/fonts.`)
