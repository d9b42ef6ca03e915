// Plan counts as Terraform itself counts them: the plan's own "Plan: …" line is the reference.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { countChanges, sensitiveTexts } from '../../src/terraform/plan.js'
import { errorSummary } from '../../src/terraform/stage.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'
import { processOutput } from '../helpers/process.js'

async function terraform(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  return processOutput('terraform', args, { cwd: dir, env })
}

/** Writes a root whose resources depend on the given values, applies or plans it. */
function root(
  dir: string,
  values: { keep: string; update: string; replace: string; count: number },
): void {
  writeFileSync(
    path.join(dir, 'main.tf'),
    `resource "terraform_data" "kept" {
  input = "${values.keep}"
}
resource "terraform_data" "updated" {
  input = "${values.update}"
}
resource "terraform_data" "replaced" {
  triggers_replace = ["${values.replace}"]
}
resource "terraform_data" "many" {
  count = ${values.count}
  input = count.index
}
output "secret" {
  value     = "hidden-\${terraform_data.updated.input}"
  sensitive = true
}
`,
  )
}

function reference(planText: string): { add: number; change: number; destroy: number } {
  const match = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy\./.exec(planText)
  if (!match) throw new Error(`no Plan: line in\n${planText}`)
  return { add: Number(match[1]), change: Number(match[2]), destroy: Number(match[3]) }
}

describe('counting a saved plan', () => {
  it('agrees with Terraform on creates, updates, replacements and deletes', async () => {
    const dir = tempDir('dativo-plan-')
    const env = terraformEnv(path.join(dir, '.cli'))
    root(dir, { keep: 'a', update: 'b', replace: 'c', count: 3 })
    await terraform(dir, env, 'init', '-input=false', '-no-color')
    await terraform(dir, env, 'apply', '-input=false', '-no-color', '-auto-approve')

    // Now: one update in place, one replacement, two deletions (count 3 → 1).
    root(dir, { keep: 'a', update: 'b2', replace: 'c2', count: 1 })
    const text = await terraform(dir, env, 'plan', '-input=false', '-no-color', '-out=tfplan')
    const shown = JSON.parse(await terraform(dir, env, 'show', '-json', 'tfplan'))
    expect(countChanges(shown)).toEqual(reference(text))
    expect(countChanges(shown)).toEqual({ add: 1, change: 1, destroy: 3 })
    expect(sensitiveTexts(shown)).toContain('hidden-b2')
  })
})

describe("Terraform's error text", () => {
  it('keeps the Error blocks without box drawing, skipping init preamble', () => {
    const output = `
╷
│ Error: Terraform encountered problems during initialisation, including problems
│ with the configuration, described below.
╵
╷
│ Error: Invalid expression
│
│   on main.tf line 2, in resource "terraform_data" "x":
│    2:   input =
│
│ Expected the start of an expression.
╵
`
    expect(errorSummary(output)).toBe(
      'Error: Invalid expression\n\n  on main.tf line 2, in resource "terraform_data" "x":\n   2:   input =\n\nExpected the start of an expression.',
    )
    expect(errorSummary('plain failure\n')).toBe('plain failure')
  })
})
