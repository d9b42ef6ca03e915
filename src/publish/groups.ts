// Jobs changed alike, shown once: the comment and the summary give a group of jobs whose plans
// have the same shape (src/group/shape.ts) one section, with the change, the list of its jobs and
// one job's plan standing for all, in place of a section per job.
import { changeShape, groupByShape } from '../group/shape.js'
import type { ChangeGroup } from '../group/shape.js'
import type { ConfigRun } from '../run.js'
import { formatPlan } from '../run.js'
import { plural } from '../util/text.js'
import type { RunReport } from '../run.js'
import { jobDetails } from './layout.js'
import type { JobEntry, Links, Part } from './layout.js'
import { code, escapeText, shorten, table } from './markdown.js'

/** Fewest jobs a group needs: one job is shown as itself. */
const MIN_MEMBERS = 2
const MAX_VALUE = 200

export interface GroupSection {
  /** Markdown blocks, in order. */
  blocks: string[]
  /** The plan of the group's first job, standing for the others. */
  plan?: { summary: string; text: string }
}

/**
 * The groups of two or more jobs among `runs` whose plans change things in the same way. A job
 * with something of its own to say (an error, a warning, a removal) keeps its own section.
 */
export function shapeGroups(runs: readonly ConfigRun[]): ChangeGroup<ConfigRun>[] {
  const eligible = runs.filter(
    (run) =>
      run.changes &&
      run.plan &&
      !run.removal &&
      !run.terraformFailed &&
      !run.notReviewed &&
      !run.findings.some((finding) => finding.severity !== 'notice'),
  )
  return groupByShape(eligible, (run) => changeShape(run.changes!, run.jobName ?? '')).filter(
    (group) => group.members.length >= MIN_MEMBERS,
  )
}

/** A group's section: what changes, in which jobs, and one plan. */
export function groupSection(
  group: ChangeGroup<ConfigRun>,
  clean: (text: string) => string,
  maxRows: number,
): GroupSection {
  const first = group.members[0]!
  const name = (run: ConfigRun) => escapeText(shorten(clean(run.jobName ?? run.file), MAX_VALUE))
  const plan = first.plan ? ` · plan ${formatPlan(first.plan)} each` : ''
  const blocks = [
    `### 🔁 ${plural(group.members.length, 'job')} changed alike${plan}`,
    `Their plans make the same changes to the same resources; only values of each job's own differ. The plan of ${name(first)} stands for all of them.`,
    '**Changes**\n\n' +
      table(
        ['Resource', 'Action', 'Attributes'],
        group.shape.map((item) => [
          code(shorten(clean(item.address), MAX_VALUE)),
          escapeText(item.action),
          item.attributes.length > 0
            ? item.attributes
                .slice(0, 20)
                .map((path) => code(shorten(clean(path), MAX_VALUE)))
                .join(', ') + (item.attributes.length > 20 ? ', …' : '')
            : '—',
        ]),
      ),
  ]
  const rows = group.members
    .slice(0, maxRows)
    .map((run) => [
      code(shorten(clean(run.file), MAX_VALUE)),
      name(run),
      run.provider ? code(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)) : '—',
    ])
  const more = group.members.length - rows.length
  blocks.push(
    `**Jobs**\n\n${table(['Config', 'Job', 'Provider / runtime'], rows)}${more > 0 ? `\n\n… and ${more} more` : ''}`,
  )
  return {
    blocks,
    // The summary goes into HTML as it is: the job's name as inline HTML code, not Markdown.
    plan: first.planText
      ? {
          summary: `Terraform plan of ${code(shorten(clean(first.jobName ?? first.file), MAX_VALUE))}`,
          text: first.planText,
        }
      : undefined,
  }
}

/**
 * The jobs' sections, in the overview's order: jobs changed alike share one, in the place of the
 * first of them, and the overview's rows of the others link to it.
 */
export function detailSections(
  entries: readonly JobEntry[],
  mode: RunReport['mode'],
  links: Links,
  clean: (text: string) => string,
  maxRows: number,
): Part[][] {
  const shown = entries.filter((entry) => entry.anchor)
  const groups = shapeGroups(shown.map((entry) => entry.run))
  const groupOf = new Map(groups.flatMap((group) => group.members.map((run) => [run, group])))
  const entryOf = new Map(shown.map((entry) => [entry.run, entry]))
  const sections: Part[][] = []
  for (const entry of shown) {
    const group = groupOf.get(entry.run)
    if (!group) {
      sections.push(jobDetails(entry, mode, links, clean))
    } else if (group.members[0] === entry.run) {
      const section = groupSection(group, clean, maxRows)
      const [heading, ...rest] = section.blocks
      const parts: Part[] = [heading!.replace(/^### /, `### <a id="${entry.anchor}"></a>`), ...rest]
      if (section.plan) {
        parts.push({
          summary: section.plan.summary,
          text: clean(section.plan.text),
          language: 'text',
        })
      }
      sections.push(parts)
    }
  }
  for (const group of groups) {
    const anchor = entryOf.get(group.members[0]!)!.anchor
    for (const run of group.members.slice(1)) entryOf.get(run)!.anchor = anchor
  }
  return sections
}
