/** The text of the bench's config number `i`: every runtime, comments, placeholders, one in ten with a mistake. */
export function configText(i: number): string
/** Writes `count` configs under `root`/jobs/team-N/, after removing `root`. */
export function generate(root: string, count: number): void
