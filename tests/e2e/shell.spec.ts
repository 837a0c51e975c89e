import { expect, test } from './harness/fixtures'

test('the app shell renders and reads app info through the host API', async ({ galley }) => {
  const { page } = galley
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await expect(page.getByTestId('library-dir')).toHaveText(galley.libraryDir)
  await expect(page.getByTestId('app-version')).toContainText(/Galley \d+\.\d+\.\d+/)
})

test('a setting written in the UI survives a reload', async ({ galley }) => {
  const { page } = galley
  await page.getByRole('button', { name: 'Preferences' }).click()
  const dialog = page.getByRole('dialog', { name: 'Preferences' })
  await dialog.getByLabel('Publication name').fill('The Kabul Ledger')
  await dialog.getByLabel('Editor in chief').fill('Mariam Haidari')
  await dialog.getByLabel('Theme').selectOption('dark')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('publication-name')).toHaveText('The Kabul Ledger')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  await galley.reload()
  await expect(page.getByTestId('publication-name')).toHaveText('The Kabul Ledger')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('button', { name: 'Preferences' }).click()
  await expect(page.getByRole('dialog', { name: 'Preferences' }).getByLabel('Editor in chief')).toHaveValue('Mariam Haidari')
})

test('window.galley exposes named functions only and refuses malformed arguments', async ({ galley }) => {
  const { page } = galley
  const shape = await page.evaluate(() => {
    const g = (window as unknown as { galley: unknown }).galley as Record<string, Record<string, unknown>>
    return Object.fromEntries(Object.entries(g).map(([k, v]) => [k, Object.keys(v).sort()]))
  })
  expect(shape['settings']).toEqual(['get', 'set'])
  expect(Object.keys(shape)).not.toContain('invoke')
  const refused = await page.evaluate(() =>
    ((window as unknown as { galley: unknown }).galley as { settings: { set(p: unknown): Promise<unknown> } }).settings.set({ theme: 'purple' }),
  )
  expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
})
