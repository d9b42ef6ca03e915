// How often a five-field cron expression (minute hour day-of-month month day-of-week, as the
// job config's `schedule` is written) starts a job: the shortest time between two starts.
// Days follow cron's rule: with both day fields restricted, a day matches either of them.

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const

/** Days simulated: 28 years, after which weekdays fall on the same dates again. */
const CYCLE_DAYS = 10_227

export type CronInterval =
  { ok: true; minutes: number | undefined } | { ok: false; problem: string }

/**
 * The shortest interval between two starts, in minutes (undefined: it never starts twice), or
 * why the expression cannot be read.
 */
export function shortestInterval(expression: string): CronInterval {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 5) return { ok: false, problem: 'it does not have five fields' }
  const sets: Set<number>[] = []
  for (const [index, field] of fields.entries()) {
    const values = parseField(field!, FIELDS[index]!)
    if (typeof values === 'string') return { ok: false, problem: values }
    sets.push(values)
  }
  const [minutes, hours, days, months, weekdays] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ]
  if (weekdays.has(7)) weekdays.add(0)
  const times = [...hours]
    .flatMap((hour) => [...minutes].map((minute) => hour * 60 + minute))
    .sort((a, b) => a - b)
  let shortest = Infinity
  for (let i = 1; i < times.length; i++) shortest = Math.min(shortest, times[i]! - times[i - 1]!)

  const anyDay = fields[2]!.startsWith('*') || fields[4]!.startsWith('*')
  const firing: number[] = []
  const start = Date.UTC(2024, 0, 1)
  for (let day = 0; day < CYCLE_DAYS; day++) {
    const date = new Date(start + day * 86_400_000)
    if (!months.has(date.getUTCMonth() + 1)) continue
    const onDate = days.has(date.getUTCDate())
    const onWeekday = weekdays.has(date.getUTCDay())
    if (anyDay ? onDate && onWeekday : onDate || onWeekday) firing.push(day)
  }
  const first = times[0]!
  const last = times.at(-1)!
  for (let i = 1; i < firing.length; i++) {
    const gap = (firing[i]! - firing[i - 1]!) * 1440 - last + first
    shortest = Math.min(shortest, gap)
  }
  return { ok: true, minutes: Number.isFinite(shortest) ? shortest : undefined }
}

type Field = (typeof FIELDS)[number]

function parseField(text: string, field: Field): Set<number> | string {
  const values = new Set<number>()
  for (const part of text.split(',')) {
    const match = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part)
    if (!match) return `its ${field.name} field '${text}' is not cron syntax`
    const step = match[2] === undefined ? 1 : Number(match[2])
    if (step < 1) return `its ${field.name} field '${text}' has a step of 0`
    let low: number
    let high: number
    if (match[1] === '*') {
      low = field.min
      high = field.name === 'day of week' ? 6 : field.max
    } else {
      const [from, to] = match[1]!.split('-')
      const a = value(from!, field)
      const b = to === undefined ? (match[2] === undefined ? a : field.max) : value(to, field)
      if (a === undefined || b === undefined || a > b) {
        return `its ${field.name} field '${text}' holds a value outside ${field.min}-${field.max}`
      }
      low = a
      high = b
    }
    for (let v = low; v <= high; v += step) values.add(v)
  }
  return values
}

function value(text: string, field: Field): number | undefined {
  const named =
    'names' in field ? (field.names as readonly string[]).indexOf(text.toUpperCase()) : -1
  const number =
    named !== -1
      ? named + (field.name === 'month' ? 1 : 0)
      : /^\d+$/.test(text)
        ? Number(text)
        : NaN
  return number >= field.min && number <= field.max ? number : undefined
}

/** `15m`, `1h30m`, `1d` as minutes. */
export function durationMinutes(text: string): number {
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text)
  if (!match) return NaN
  return (Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)
}

/** Minutes in words: `5 minutes`, `1 hour`, `1 day 2 hours`. */
export function describeMinutes(minutes: number): string {
  const parts: string[] = []
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`)
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`)
  if (rest || parts.length === 0) parts.push(`${rest} minute${rest === 1 ? '' : 's'}`)
  return parts.join(' ')
}
