// Renders resources/icon.svg to the PNG sizes electron-builder and the window need, with Chromium.
// Run after changing the icon: npx tsx scripts/build-icons.ts
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../tests/e2e/harness/chromium'
import { writeIconContainers } from './iconContainers'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const svg = await readFile(path.join(root, 'resources/icon.svg'), 'utf8')
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  await mkdir(path.join(root, 'resources/icons'), { recursive: true })
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
    )
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    await writeFile(path.join(root, `resources/icons/${size}x${size}.png`), png)
    if (size === 1024) await writeFile(path.join(root, 'resources/icon.png'), png)
    if (size === 64) await writeFile(path.join(root, 'src/renderer/public/favicon.png'), png)
  }
} finally {
  await browser.close()
}
await writeIconContainers(root)
console.log(`icons written: ${SIZES.join(', ')}, resources/build/icon.ico, resources/build/icon.icns`)
