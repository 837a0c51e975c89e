// What the print engine needs from the window's article: its content as it stands, with only the
// images the body uses (the others would cross to the printer for nothing).
import type { Assets } from '../../../../shared/article/assets'
import type { PrintContent } from '../../../../shared/ipc/print'
import type { DocumentSession } from '../../document/DocumentSession'

function collectAssetKeys(node: unknown, into: Set<string>): void {
  if (typeof node !== 'object' || node === null) return
  const n = node as { type?: unknown; asset?: unknown; children?: unknown }
  if (n.type === 'image' && typeof n.asset === 'string') into.add(n.asset)
  if (Array.isArray(n.children)) for (const child of n.children) collectAssetKeys(child, into)
}

export function printContent(session: DocumentSession): PrintContent {
  const content = session.current()
  const keys = new Set<string>()
  collectAssetKeys(content.body.root, keys)
  const all = session.currentAssets()
  const assets: Record<string, Assets[string]> = {}
  for (const key of keys) if (all[key]) assets[key] = all[key]
  return { meta: content.meta, layout: content.layout, body: content.body, assets: assets as Assets }
}
