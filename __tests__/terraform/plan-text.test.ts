// The plan text of the comment, the job summary and `results` comes from `terraform plan`'s own
// output: for every shape of plan it is exactly what `terraform show -no-color` prints for the
// saved plan, the real terraform being the reference, with the refresh and read lines and the
// warnings left out and sensitive values hidden.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { planText } from '../../src/terraform/plan.js'
import { terraformEnv } from '../helpers/terraform.js'
import { tempDir } from '../helpers/temp.js'
import { runProcess } from '../helpers/process.js'

let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = terraformEnv(tempDir('dativo-plan-text-cli-'))
})

async function terraform(
  dir: string,
  ...args: string[]
): Promise<{ status: number | null; stdout: string }> {
  const run = await runProcess('terraform', args, { cwd: dir, env })
  if (run.status !== 0 && run.status !== 2) {
    throw new Error(`terraform ${args.join(' ')}: ${run.stderr}${run.stdout}`)
  }
  return { status: run.status, stdout: run.stdout }
}

/** A root with these files, initialised. */
async function root(files: Record<string, string>): Promise<string> {
  const dir = tempDir('dativo-plan-text-')
  write(dir, files)
  await terraform(dir, 'init', '-input=false', '-no-color')
  return dir
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
}

/** plan -out as the stage runs it, and the reference: show -no-color of the saved plan. */
async function planAndShow(
  dir: string,
  ...extra: string[]
): Promise<{ printed: string; shown: string }> {
  const printed = (
    await terraform(
      dir,
      'plan',
      '-input=false',
      '-no-color',
      '-detailed-exitcode',
      ...extra,
      '-out=tfplan',
    )
  ).stdout
  const shown = (await terraform(dir, 'show', '-no-color', 'tfplan')).stdout
  return { printed, shown }
}

async function apply(dir: string, ...extra: string[]): Promise<void> {
  await terraform(dir, 'apply', '-input=false', '-no-color', '-auto-approve', ...extra)
}

const RESOURCES = (input: string) => `variable "token" {
  type      = string
  sensitive = true
  default   = "tok-5f1e9a2c77"
}
resource "terraform_data" "runtime" {
  input = { image = "${input}", token = var.token }
}
resource "terraform_data" "kept" {
  input = "same"
}
output "image" {
  value = terraform_data.runtime.input.image
}
output "token" {
  value     = var.token
  sensitive = true
}
`

describe('the plan text taken from terraform plan', () => {
  it('is show -no-color of a first plan: creates, sensitive values hidden', async () => {
    const dir = await root({ 'main.tf': RESOURCES('dativo:1.0') })
    const { printed, shown } = await planAndShow(dir)
    expect(shown).toContain('+ resource "terraform_data" "runtime"')
    expect(shown).toContain('(sensitive value)')
    expect(shown).not.toContain('tok-5f1e9a2c77')
    expect(planText(printed)).toBe(shown)
  })

  it('leaves out the refresh lines of an update in place', async () => {
    const dir = await root({ 'main.tf': RESOURCES('dativo:1.0') })
    await apply(dir)
    write(dir, { 'main.tf': RESOURCES('dativo:1.1') })
    const { printed, shown } = await planAndShow(dir)
    expect(printed).toMatch(/^terraform_data\.runtime: Refreshing state\.\.\. \[id=/m)
    expect(shown).toContain('~ update in-place')
    expect(planText(printed)).toBe(shown)
  })

  it('is the no-changes text when nothing changes', async () => {
    const dir = await root({ 'main.tf': RESOURCES('dativo:1.0') })
    await apply(dir)
    const { printed, shown } = await planAndShow(dir)
    expect(shown).toContain('No changes. Your infrastructure matches the configuration.')
    expect(planText(printed)).toBe(shown)
  })

  it('is the destroy plan of a removed job, and the text when nothing is left to destroy', async () => {
    const dir = await root({ 'main.tf': RESOURCES('dativo:1.0') })
    await apply(dir)
    const destroy = await planAndShow(dir, '-destroy')
    expect(destroy.shown).toContain('Plan: 0 to add, 0 to change, 2 to destroy.')
    expect(planText(destroy.printed)).toBe(destroy.shown)
    await apply(dir, '-destroy')
    const nothing = await planAndShow(dir, '-destroy')
    expect(nothing.shown).toContain('No changes. No objects need to be destroyed.')
    expect(planText(nothing.printed)).toBe(nothing.shown)
  })

  it('leaves out the lines of data sources read while planning', async () => {
    const upstream = await root({ 'main.tf': 'output "bucket" {\n  value = "acme-data"\n}\n' })
    await apply(upstream)
    const dir = await root({
      'main.tf': `data "terraform_remote_state" "shared" {
  backend = "local"
  config = {
    path = ${JSON.stringify(path.join(upstream, 'terraform.tfstate'))}
  }
}
resource "terraform_data" "runtime" {
  input = data.terraform_remote_state.shared.outputs.bucket
}
`,
    })
    const { printed, shown } = await planAndShow(dir)
    expect(printed).toMatch(/^data\.terraform_remote_state\.shared: Reading\.\.\.$/m)
    expect(printed).toMatch(/^data\.terraform_remote_state\.shared: Read complete after /m)
    expect(planText(printed)).toBe(shown)
  })

  it('is the outputs-only text when only outputs change', async () => {
    const dir = await root({ 'main.tf': RESOURCES('dativo:1.0') })
    await apply(dir)
    write(dir, {
      'main.tf': `${RESOURCES('dativo:1.0')}output "extra" {\n  value = "new"\n}\n`,
    })
    const { printed, shown } = await planAndShow(dir)
    expect(shown).toMatch(/^Changes to Outputs:$/m)
    expect(shown).toContain('without changing any real infrastructure')
    expect(planText(printed)).toBe(shown)
  })

  it('leaves out the warnings Terraform prints before and after the plan', async () => {
    const dir = await root({
      'main.tf': `${RESOURCES('dativo:1.0')}check "image" {
  assert {
    condition     = terraform_data.runtime.input.image == "dativo:2.0"
    error_message = "The image is not the expected one."
  }
}
`,
    })
    await apply(dir)
    write(dir, {
      'main.tf': `${RESOURCES('dativo:1.1')}check "image" {
  assert {
    condition     = terraform_data.runtime.input.image == "dativo:2.0"
    error_message = "The image is not the expected one."
  }
}
`,
      'extra.tfvars.json': '{"undeclared": "x"}\n',
    })
    const { printed, shown } = await planAndShow(dir, '-var-file=extra.tfvars.json')
    expect(printed).toMatch(/^Warning: Value for undeclared variable$/m)
    expect(printed).toMatch(/^Warning: Check block assertion failed$/m)
    expect(planText(printed)).toBe(shown)
    // What an S3 backend with a deprecated setting prints before the operation starts.
    const backendWarning = `
Warning: Deprecated Parameter

  on main.tf line 4, in terraform:
   4:     dynamodb_table = "locks"

The parameter "dynamodb_table" is deprecated. Use parameter "use_lockfile"
instead.
`
    expect(planText(backendWarning + printed)).toBe(shown)
  })

  it('keeps output in a shape it does not know whole', () => {
    expect(planText('something else\n')).toBe('something else\n')
  })
})
