// The long dates and datelines of src/shared/templates/dates.ts come out the same in Chromium (the
// app, the print engine) as in Node (the CLI, the tests): names are our own tables, and the solar
// hijri arithmetic is ICU's in both. Chromium ships without Kazakh and Pashto locale data, which is
// why the tables exist; this spec would catch a regression to Intl's names.
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import * as dates from '../../src/shared/templates/dates'
import { launchChromium } from './harness/chromium'
import { expect, test } from './harness/fixtures'

const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/shared/templates/dates.ts')
const ISOS = ['2020-07-08', '2020-03-19', '2020-03-20', '2021-03-20', '2021-03-21', '2024-03-19', '2024-03-20', '2023-12-31', '2000-01-01', '2030-09-22']
const LANGUAGES = ['en', 'en-GB', 'ru', 'kk', 'fa-AF', 'ps'] as const

type Dates = Pick<typeof dates, 'formatLongDate' | 'formatDateline' | 'formatMastheadDate'>

function table(d: Dates, isos: readonly string[], languages: readonly string[]): string[] {
  return isos.flatMap((iso) =>
    languages.map((l) => {
      const language = l as (typeof LANGUAGES)[number]
      return `${iso} ${l}: ${d.formatLongDate(iso, language)} | ${d.formatDateline('Kabul', iso, language)} | ${d.formatMastheadDate(iso, language, 'long')}`
    }),
  )
}

// Playwright reads a test's fixtures from this destructuring; this test needs none.
// eslint-disable-next-line no-empty-pattern
test('long dates and datelines are the same in Chromium as in Node', async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'A Chromium check: it does not involve the app window.')
  const js = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.addScriptTag({ type: 'module', content: `${js}\nwindow.GalleyDates = { formatLongDate, formatDateline, formatMastheadDate };` })
    await page.waitForFunction(() => 'GalleyDates' in window)
    const inChromium = await page.evaluate(`(${table.toString()})(window.GalleyDates, ${JSON.stringify(ISOS)}, ${JSON.stringify(LANGUAGES)})`)
    expect(errors).toEqual([])
    expect(inChromium).toEqual(table(dates, ISOS, LANGUAGES))
    expect(inChromium).toContain('2020-07-08 en: Wednesday, July 8th, 2020 | KABUL, July 8 — | Wednesday, July 8th, 2020')
    expect(inChromium).toContain('2020-07-08 kk: 2020 жылғы 8 шілде, сәрсенбі | KABUL, 8 шілде — | 2020 жылғы 8 шілде, сәрсенбі')
    expect(inChromium).toContain('2020-07-08 ps: چهارشنبه، د چنګاښ ۱۸، ۱۳۹۹ (د جولای ۸، ۲۰۲۰) | KABUL، د چنګاښ ۱۸ — | چهارشنبه، د چنګاښ ۱۸، ۱۳۹۹ (د جولای ۸، ۲۰۲۰)')
  } finally {
    await browser.close()
  }
})
