#!/usr/bin/env node
// The CLI's entry point (dist/cli.js, the package's bin): it only starts the command.
import { Cancellation } from '../util/cancellation.js'
import { main } from './main.js'
import type { CliIO } from './main.js'
import { StatusLine } from './status-line.js'

const io: CliIO = {
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  cancellation: new Cancellation(),
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
}
// At a terminal, heartbeats are one status line redrawn in place; piped, they are plain lines.
const status = process.stderr.isTTY ? new StatusLine(process.stderr) : undefined
if (status) {
  io.stderr = (line) => status.print(line)
  io.progress = (text, kind) => {
    if (kind === 'heartbeat') return status.set(text)
    if (kind === 'end') status.clear()
    status.print(text)
  }
}

void main(io).then((code) => {
  status?.clear()
  process.exitCode = code
})
