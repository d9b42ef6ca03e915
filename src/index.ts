// The action's entry point (dist/index.js): it only starts the run.
import { run } from './action/main.js'

void run()
