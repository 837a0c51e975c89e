// Electronegativity (Doyensec's Electron security scanner) on the repository, as the issue runs it:
//   npx @doyensec/electronegativity -i . -x AvailableSecurityFixesGlobalCheck -o out.sarif
// The tool exits 0 whatever it finds and its SARIF carries no severity, so the same scan is also
// written as CSV (which has it) and each SARIF finding is looked up there. No HIGH or MEDIUM finding
// may remain. A deliberately insecure app proves the count is real.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const cli = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')

interface Finding {
  readonly rule: string
  readonly severity: string
  readonly file: string
  readonly line: number
}

/** Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

/** Scans `dir` twice (SARIF and CSV, in parallel) and returns the SARIF findings with their severity. */
async function scan(dir: string, outDir: string): Promise<Finding[]> {
  const sarifPath = path.join(outDir, 'out.sarif')
  const csvPath = path.join(outDir, 'out.csv')
  const args = (out: string) => [cli, '-i', dir, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', out]
  await Promise.all([run(process.execPath, args(sarifPath), { cwd: dir, timeout: 120_000 }), run(process.execPath, args(csvPath), { cwd: dir, timeout: 120_000 })])

  const severities = new Map<string, string>()
  for (const [rule, severity, , file, location] of parseCsv(await readFile(csvPath, 'utf8')).slice(1)) {
    if (!rule || !severity || !file || !location) continue
    // Findings about the whole app (no CSP, no navigation limits) have no file: "N/A" here, file:/// in SARIF.
    severities.set(file === 'N/A' ? `${rule} (app)` : `${rule} ${file} ${location.split(':')[0]}`, severity)
  }
  const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as {
    runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[] }[] }[]
  }
  return sarif.runs.flatMap((r) =>
    r.results.map((result) => {
      const where = result.locations[0]?.physicalLocation
      const uri = where?.artifactLocation.uri ?? ''
      const line = where?.region?.startLine ?? 1
      const whole = uri === '' || uri === 'file:///'
      const severity = severities.get(whole ? `${result.ruleId} (app)` : `${result.ruleId} ${uri} ${line}`) ?? 'UNKNOWN'
      return { rule: result.ruleId, severity, file: whole ? '(app)' : path.relative(dir, uri), line }
    }),
  )
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

    // The count is real: every SARIF finding got its severity, and the insecure app is caught.
    expect(bad.filter((f) => f.severity === 'UNKNOWN')).toEqual([])
    expect(serious(bad).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    )

    expect(galley.filter((f) => f.severity === 'UNKNOWN')).toEqual([])
    expect(serious(galley)).toEqual([])
  })
})
