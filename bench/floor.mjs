// The floor a user could write by hand: find the files, read each, yaml.parse, and check it with
// the same schema compiled by Ajv. No positions, no rules, no reports: just a count of invalid files.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import addErrors from 'ajv-errors'
import { glob } from 'tinyglobby'
import { parse } from 'yaml'

const schemaPath = fileURLToPath(new URL('../schema/job-config.schema.json', import.meta.url))
const ajv = new Ajv2020.default({ allErrors: true, strict: false, allowUnionTypes: true })
addErrors.default(ajv)
const validate = ajv.compile(JSON.parse(await readFile(schemaPath, 'utf8')))

const files = await glob(process.argv.slice(2), { cwd: process.cwd() })
let invalid = 0
for (const file of files.sort()) {
  try {
    if (!validate(parse(await readFile(file, 'utf8')))) invalid++
  } catch {
    invalid++
  }
}
console.log(`${files.length} files, ${invalid} invalid`)
