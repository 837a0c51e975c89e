// Takes the README's screenshots of the real app through the e2e harness: npm run screenshots
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchGalley } from '../tests/e2e/harness/index'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = (name: string): string => path.join(root, 'docs/screenshots', name)

const app = await launchGalley({ viewport: { width: 1280, height: 800 } })
try {
  const { page } = app
  await page.getByRole('button', { name: 'Preferences' }).click()
  const dialog = page.getByRole('dialog', { name: 'Preferences' })
  await dialog.getByLabel('Publication name').fill('The Steppe Herald')
  await dialog.getByLabel('Editor in chief').fill('Aigerim Nurlanovna')
  await dialog.getByLabel('Publication name').focus()
  await page.screenshot({ path: out('preferences.png') })
  console.log('wrote docs/screenshots/preferences.png')
} finally {
  await app.close()
}
