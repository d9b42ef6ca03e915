// Which texts of a sensitive value are hidden, and in which printed forms.
import { describe, expect, it } from 'vitest'
import { maskForms, scrubber, secretTexts } from '../../src/util/secrets.js'

describe('the texts of a sensitive value', () => {
  it('hides a whole string, and a long number, but no boolean or short scalar alone', () => {
    expect(secretTexts('hunter2')).toEqual(['hunter2'])
    expect(secretTexts('abc')).toEqual([])
    expect(secretTexts(123456789012)).toEqual(['123456789012'])
    expect(secretTexts(5432)).toEqual([])
    expect(secretTexts(true)).toEqual([])
    expect(secretTexts(null)).toEqual([])
  })

  it('hides a structure whole and its long strings, not its small scalars', () => {
    expect(secretTexts({ port: 5432, ssl: true, env: 'dev', password: 'correct-horse' })).toEqual([
      '{"port":5432,"ssl":true,"env":"dev","password":"correct-horse"}',
      '{ port: 5432, ssl: true, env: dev, password: correct-horse }',
      'correct-horse',
    ])
    expect(secretTexts(['dev', ['staging-secret-1']])).toEqual([
      '["dev",["staging-secret-1"]]',
      '[ dev, [ staging-secret-1 ] ]',
      'staging-secret-1',
    ])
  })
})

describe('the printed forms of a secret', () => {
  it('covers raw, each line, JSON and YAML double quotes, and doubled single quotes', () => {
    const secret = 'it\'s "a\\b"\nline 2\n'
    expect(maskForms(secret)).toEqual([
      'it\'s \\"a\\\\b\\"\\nline 2\\n',
      'it\'\'s "a\\b"\nline 2\n',
      secret,
      'it\'s "a\\b"',
      'line 2',
    ])
  })

  it('replaces every form, longest first, before any escaping', () => {
    const clean = scrubber(['pa"ss\\w0rd'])
    expect(clean('raw pa"ss\\w0rd, json "pa\\"ss\\\\w0rd", yaml \'pa"ss\\w0rd\'')).toBe(
      'raw ***, json "***", yaml \'***\'',
    )
    expect(scrubber([])('unchanged')).toBe('unchanged')
  })
})
