// Preloaded into a measured process (node --expose-gc --import): at exit, writes its peak
// resident set size and its live heap after a full collection (both KiB), and the CPU time it
// used (ms, all its threads), to BENCH_RSS_FILE. Peak RSS includes garbage V8 has not returned;
// the live heap shows what the process holds; CPU time is what other load on the machine
// changes least.
import { writeFileSync } from 'node:fs'

const target = process.env.BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    globalThis.gc?.()
    const live = Math.round(process.memoryUsage().heapUsed / 1024)
    const usage = process.resourceUsage()
    const cpu = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)
    writeFileSync(target, JSON.stringify({ rss: usage.maxRSS, live, cpu }))
  })
}
