// Electronegativity (Doyensec's Electron security scanner) on the repository, as the issue runs it:
//   npx @doyensec/electronegativity -i . -x AvailableSecurityFixesGlobalCheck -o out.sarif
// The tool exits 0 whatever it finds and its SARIF carries no severity, so the scan runs through the
// tool's programmatic API, which writes the same SARIF and also returns each finding's severity.
// No HIGH or MEDIUM finding may remain. A deliberately insecure app proves the count is real.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const packageDir = path.join(root, 'node_modules/@doyensec/electronegativity')

interface Finding {
  readonly rule: string
  readonly severity: string
  readonly file: string
  readonly line: number
}

/**
 * Runs the scan once through Electronegativity's documented programmatic API (what its CLI calls,
 * with the same options as `-i DIR -x AvailableSecurityFixesGlobalCheck -o out.sarif`), in a child
 * process so that its globals stay out of the test, and so that its SARIF (written without being
 * awaited) is on disk when the process ends. The findings, in the same order and with their
 * severity, go to a JSON file beside it.
 */
const SCAN = `
const [pkg, input, output, findingsFile] = process.argv.slice(1)
const run = require(pkg)
run({ input, output, isSarif: true, excludeFromScan: ['availablesecurityfixesglobalcheck'] }, false).then((result) => {
  const findings = result.issues.map((i) => ({ rule: i.id, severity: i.severity.name, file: i.file, line: i.location && i.location.line }))
  require('node:fs').writeFileSync(findingsFile, JSON.stringify(findings))
})
`

/** The SARIF findings of a scan of `dir`, each with the severity the same run gave it. */
async function scan(dir: string, outDir: string): Promise<Finding[]> {
  const sarifPath = path.join(outDir, 'out.sarif')
  const findingsPath = path.join(outDir, 'findings.json')
  await run(process.execPath, ['-e', SCAN, packageDir, dir, sarifPath, findingsPath], { cwd: dir, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })
  const issues = JSON.parse(await readFile(findingsPath, 'utf8')) as Finding[]
  const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as {
    runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[] }[] }[]
  }
  const results = sarif.runs.flatMap((r) => r.results)
  // The SARIF lists the run's findings in the same order: it is the record the count is made from.
  expect(results.map((r) => r.ruleId)).toEqual(issues.map((i) => i.rule))
  return results.map((result, i) => {
    const uri = result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''
    const whole = uri === '' || uri === 'file:///'
    return { rule: result.ruleId, severity: issues[i]!.severity, file: whole ? '(app)' : path.relative(dir, uri), line: result.locations[0]?.physicalLocation.region?.startLine ?? 1 }
  })
}

const serious = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL')

let work: string
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'galley-electronegativity-'))
})
afterAll(async () => rm(work, { recursive: true, force: true }))

describe('Electronegativity', () => {
  it('finds no HIGH or MEDIUM issue in Galley', { timeout: 180_000 }, async () => {
    const insecure = path.join(work, 'insecure-app')
    await mkdir(path.join(insecure, 'src'), { recursive: true })
    await writeFile(path.join(insecure, 'package.json'), JSON.stringify({ name: 'insecure', version: '1.0.0', devDependencies: { electron: '45.5.0' } }))
    await writeFile(
      path.join(insecure, 'src/main.js'),
      "const { BrowserWindow, shell } = require('electron')\n" +
        "const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } })\n" +
        "win.webContents.on('new-window', (e, url) => shell.openExternal(url))\n",
    )
    await mkdir(path.join(work, 'galley-out'))
    await mkdir(path.join(work, 'insecure-out'))
    const [galley, bad] = await Promise.all([scan(root, path.join(work, 'galley-out')), scan(insecure, path.join(work, 'insecure-out'))])

    // The count is real: the insecure app is caught.
    expect(serious(bad).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    )

    expect(galley.length).toBeGreaterThan(0)
    expect(serious(galley)).toEqual([])
  })
})
