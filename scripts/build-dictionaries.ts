// Copies the Hunspell dictionaries Galley ships from their npm packages (pinned devDependencies)
// into resources/dictionaries/, with their licences. Run after upgrading one: npm run dictionaries
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DICTIONARY_SOURCES } from '../src/main/services/spelling/dictionaries'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'resources/dictionaries')

const lines: string[] = [
  '# Bundled spelling dictionaries',
  '',
  'Copied by `npm run dictionaries` (scripts/build-dictionaries.ts) from these npm packages; each folder keeps the',
  'dictionary’s licence file. Galley checks spelling offline with them (Hunspell, compiled to WebAssembly).',
  '',
  '| folder | language | package | licence |',
  '| --- | --- | --- | --- |',
]
for (const source of DICTIONARY_SOURCES) {
  const pkgDir = path.join(root, 'node_modules', source.npmPackage)
  const pkg = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string; license: string }
  const dir = path.join(out, source.id)
  await mkdir(dir, { recursive: true })
  await copyFile(path.join(pkgDir, 'index.aff'), path.join(dir, `${source.id}.aff`))
  await copyFile(path.join(pkgDir, 'index.dic'), path.join(dir, `${source.id}.dic`))
  await copyFile(path.join(pkgDir, 'license'), path.join(dir, 'LICENSE'))
  lines.push(`| \`${source.id}/\` | ${source.name} | \`${source.npmPackage}@${pkg.version}\` | ${pkg.license} |`)
}
await writeFile(path.join(out, 'README.md'), `${lines.join('\n')}\n`)
console.log(`dictionaries written: ${DICTIONARY_SOURCES.map((s) => s.id).join(', ')}`)
