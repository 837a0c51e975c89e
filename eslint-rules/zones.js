// Galley's code-layering rule (after VS Code's `code-layering`): each folder is a zone, and a zone may
// import only from the zones below it. See docs/ARCHITECTURE.md for the picture.
import { builtinModules } from 'node:module'
import path from 'node:path'

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

/** Zone of a file, from its path relative to the repository root (posix separators). */
export function zoneOf(relPath) {
  // A test lives in the zone of the file it tests (src/main/index.test.ts is the entry's test).
  const p = relPath.split(path.sep).join('/').replace(/\.test\.(tsx?)$/, '.$1')
  if (p.startsWith('src/shared/')) return 'shared'
  if (p === 'src/main/index.ts') return 'main-entry'
  if (p.startsWith('src/main/electron/')) return 'main-electron'
  if (p.startsWith('src/main/services/')) return 'main-services'
  if (p.startsWith('src/main/')) return 'main'
  if (p.startsWith('src/preload/')) return 'preload'
  if (p.startsWith('src/renderer/')) return 'renderer'
  if (p.startsWith('src/cli/')) return 'cli'
  return null
}

/** Which zones each zone may import from (itself included). */
export const ALLOWED = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  preload: ['preload', 'shared'],
  'main-services': ['main-services', 'shared'],
  main: ['main', 'main-services', 'shared'],
  'main-electron': ['main-electron', 'main', 'main-services', 'shared'],
  'main-entry': ['main-entry', 'main-electron', 'main', 'main-services', 'shared'],
  cli: ['cli', 'main-services', 'shared'],
}

const ELECTRON_ZONES = new Set(['main-entry', 'main-electron', 'preload'])
const NO_NODE_ZONES = new Set(['shared', 'renderer', 'preload'])

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep Galley’s zones apart: shared, main, services, electron shell, preload, renderer, cli.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      electron: '`electron` may only be imported by src/main/index.ts, src/main/electron/ and src/preload/ (this file is in zone "{{zone}}").',
      node: 'Node built-in "{{name}}" cannot be used in zone "{{zone}}": it must run without Node.',
      zone: 'Zone "{{zone}}" may not import from zone "{{target}}" ({{name}}). Allowed: {{allowed}}.',
      outside: 'Zone "{{zone}}" may not import "{{name}}" from outside src/.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd
    const filename = context.filename
    const rel = path.relative(root, filename)
    const zone = zoneOf(rel)
    if (!zone) return {}
    // Tests run under Vitest in Node whatever zone they test, so they may read fixtures from disk.
    const isTest = /\.test\.tsx?$/.test(rel)

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return
      const name = source.value
      if (name === 'electron' || name.startsWith('electron/')) {
        if (!ELECTRON_ZONES.has(zone)) context.report({ node, messageId: 'electron', data: { zone } })
        return
      }
      if (NODE_BUILTINS.has(name) || name.startsWith('node:')) {
        if (NO_NODE_ZONES.has(zone) && !isTest) context.report({ node, messageId: 'node', data: { name, zone } })
        return
      }
      if (!name.startsWith('.') && !name.startsWith('/')) return // an npm package
      const target = path.relative(root, path.resolve(path.dirname(filename), name))
      const targetZone = zoneOf(target)
      if (!targetZone) {
        context.report({ node, messageId: 'outside', data: { zone, name } })
        return
      }
      if (!ALLOWED[zone].includes(targetZone)) {
        context.report({
          node,
          messageId: 'zone',
          data: { zone, target: targetZone, name, allowed: ALLOWED[zone].join(', ') },
        })
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
      CallExpression(node) {
        const callee = node.callee
        const isRequire = callee.type === 'Identifier' && callee.name === 'require'
        const isMock = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'vi'
        if ((isRequire || isMock) && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0])
      },
    }
  },
}

export default { meta: { name: 'galley' }, rules: { zones: rule } }
