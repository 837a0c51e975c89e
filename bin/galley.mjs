#!/usr/bin/env node
// The `galley` command. The CLI is TypeScript run through tsx (a runtime dependency), so a fresh
// clone works after `npm install` with no build step.
import process from 'node:process'
import { register } from 'tsx/esm/api'

register()
const { runCli } = await import('../src/cli/main.ts')
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
