// The action's entry point (dist/index.js): it only starts the run.
import { run } from './action/main.js'
import { Cancellation } from './util/cancellation.js'

const cancellation = new Cancellation()
void run(cancellation).then(async () => {
  if (!cancellation.cancelled) return
  // A cancelled run ends as soon as its reports are written. Left to end by itself, node would
  // first put SIGINT and SIGTERM back to their defaults while it tears down, and the runner's
  // next signal (SIGTERM 7.5 s after its SIGINT) landing then would kill a run that had finished.
  // process.exit skips that teardown; what is still buffered for the log is written first.
  await Promise.all([process.stdout, process.stderr].map(flushed))
  process.exit()
})

/** Resolves once what was written to the stream before has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()))
}
