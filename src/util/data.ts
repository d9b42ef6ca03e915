// Telling plain data apart when it comes from JSON or YAML of unknown shape.

/** An object with keys (a mapping), not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
