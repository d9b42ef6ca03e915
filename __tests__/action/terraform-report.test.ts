// dist/index.js in plan mode with real Terraform on the sandbox job: the job summary opens with
// the plan's totals, and a Terraform error keeps Terraform's line breaks in the summary while its
// annotation is the one-line form. An invalid configuration is caught by terraform plan (no
// separate validate) and reported as any failed command is: rule terraform, Terraform's words.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runActionAsync } from '../helpers/action.js'
import { tempDir } from '../helpers/temp.js'
import { trackedBytes } from '../helpers/examples.js'

const SANDBOX = 'jobs/acme/local_orders_sandbox.yaml'

function checkout(files: Record<string, string> = {}): string {
  const dir = tempDir('dativo-report-')
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  mkdirSync(path.join(dir, 'jobs/acme'), { recursive: true })
  writeFileSync(path.join(dir, SANDBOX), trackedBytes(`examples/${SANDBOX}`))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const INPUTS = {
  INPUT_MODE: 'plan',
  INPUT_CONFIGS: SANDBOX,
  'INPUT_CHANGED-ONLY': 'false',
  'INPUT_TERRAFORM-VERSION': 'system',
}

describe('the job summary of a plan', () => {
  it('opens with the plan counts of every job together, as the comment does', async () => {
    const run = await runActionAsync(checkout(), INPUTS)
    expect(run.status, run.stdout).toBe(0)
    expect(run.summary.split('\n').slice(0, 5)).toEqual([
      '## dativo-infra · plan · 1 job: ✏️ 1 with changes',
      '',
      'Plan **+1 ~0 -0** · 0 errors, 0 warnings',
      '',
      'changed-only is off, all matching configs \\(1\\)',
    ])
  })
})

describe('a Terraform error', () => {
  it('keeps its line breaks in the summary and is one line in its annotation', async () => {
    const run = await runActionAsync(
      checkout({
        'terraform/dativo_jobs/orders-sandbox/main.tf': `resource "terraform_data" "x" {
  input = var.nope
}
`,
      }),
      INPUTS,
    )
    expect(run.status).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.file)
    expect(errors.map((a) => a.properties.title)).toEqual(['dativo: terraform failed'])
    expect(errors.map((a) => a.message)).toEqual([
      'terraform plan failed: Error: Reference to undeclared input variable on main.tf line 2, in resource "terraform_data" "x": 2: input = var.nope An input variable with the name "nope" has not been declared. This variable can be declared with a variable "nope" {} block.',
    ])
    expect(run.summary).toContain(
      `- ❌ line 19, column 1: terraform plan failed: Error: Reference to undeclared input variable <code>terraform</code>

  \`\`\`text
    on main.tf line 2, in resource "terraform_data" "x":
     2:   input = var.nope

  An input variable with the name "nope" has not been declared. This variable
  can be declared with a variable "nope" {} block.
  \`\`\`
`,
    )
  })
})
