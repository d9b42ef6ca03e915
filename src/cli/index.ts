#!/usr/bin/env node
// The CLI's entry point (dist/cli.js, the package's bin): it only starts the command.
import { Cancellation } from '../util/cancellation.js'
import { main } from './main.js'

void main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  cancellation: new Cancellation(),
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
}).then((code) => {
  process.exitCode = code
})
