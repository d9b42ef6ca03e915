// Types of git-ignored.mjs, for the tests that check what the linters are given.
export function gitIgnored(root: string): string[]
export function gitFiles(root: string): string[] | undefined
