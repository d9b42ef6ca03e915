// Preloaded into a measured process (node --expose-gc --import): at exit, writes its peak
// resident set size and its live heap after a full collection (both KiB) to BENCH_RSS_FILE.
// Peak RSS includes garbage V8 has not returned; the live heap shows what the process holds.
import { writeFileSync } from 'node:fs'

const target = process.env.BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    globalThis.gc?.()
    const live = Math.round(process.memoryUsage().heapUsed / 1024)
    writeFileSync(target, JSON.stringify({ rss: process.resourceUsage().maxRSS, live }))
  })
}
