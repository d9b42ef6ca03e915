// The floor a user could write by hand: list the configs with readdirSync, read each with
// readFileSync, YAML.parse it, and check it with the same schema compiled by Ajv. Synchronous,
// one file after another: nothing waits. No positions, no rules, no reports: just counts.
// `node bench/floor.mjs <folder>` checks every .yaml file under <folder>.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import addErrors from 'ajv-errors'
import { parse } from 'yaml'

const schemaPath = fileURLToPath(new URL('../schema/job-config.schema.json', import.meta.url))
const ajv = new Ajv2020.default({ allErrors: true, strict: false, allowUnionTypes: true })
addErrors.default(ajv)
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))

const folder = process.argv[2] ?? 'jobs'
const files = readdirSync(folder, { recursive: true })
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => path.join(folder, name))
  .sort()
let invalid = 0
for (const file of files) {
  try {
    if (!validate(parse(readFileSync(file, 'utf8')))) invalid++
  } catch {
    invalid++
  }
}
console.log(`${files.length} files, ${invalid} invalid`)
