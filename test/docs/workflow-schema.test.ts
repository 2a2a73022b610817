import { readFile } from 'node:fs/promises'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/**
 * Our YAML against the schemas GitHub's editors use (SchemaStore, vendored in test/fixtures/schemas):
 * a workflow a user copies must load, and action.yml must be one the Marketplace accepts. Then the
 * points DESIGN makes about each workflow, which no schema can know.
 */
const root = new URL('../../', import.meta.url)
const readText = (path: string) => readFile(new URL(path, root), 'utf8')
const readYaml = async (path: string): Promise<unknown> => parse(await readText(path))

// The schemas are draft-07 with keywords ajv's strict mode does not know (markdownDescription…).
const ajv = new Ajv({ strict: false, allErrors: true })
const compile = async (file: string): Promise<ValidateFunction> => ajv.compile(JSON.parse(await readText(`test/fixtures/schemas/${file}`)))
const validateWorkflow = await compile('github-workflow.json')
const validateAction = await compile('github-action.json')

const explain = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('\n')

function expectValid(validate: ValidateFunction, data: unknown): void {
  const valid = validate(data)
  expect(explain(validate.errors), 'schema errors').toBe('')
  expect(valid).toBe(true)
}

const workflows = ['ci/auto-fix.yml', 'ci/autoheal-schedule.yml', '.github/workflows/release.yml']

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<string, Job>
}
const readWorkflow = async (path: string) => (await readYaml(path)) as Workflow

describe('the workflows against the GitHub workflow schema', () => {
  it.each(workflows)('%s is a valid workflow', async (path) => {
    expectValid(validateWorkflow, await readYaml(path))
  })

  it.each([
    { problem: 'a job without runs-on', edit: (workflow: Workflow) => delete (workflow.jobs.autoheal as Partial<Job> & { 'runs-on'?: string })['runs-on'] },
    { problem: 'a misspelt permission', edit: (workflow: Workflow) => void (workflow.permissions = { 'pull-request': 'write' }) },
    { problem: 'a permission level that does not exist', edit: (workflow: Workflow) => void (workflow.permissions = { contents: 'admin' }) },
    { problem: 'an unknown trigger', edit: (workflow: Workflow) => void (workflow.on = { workflow_failed: {} }) },
    { problem: 'a step with both uses and run', edit: (workflow: Workflow) => void workflow.jobs.autoheal!.steps.push({ uses: 'actions/checkout@v4', run: 'true' }) },
  ])('rejects ci/auto-fix.yml with $problem', async ({ edit }) => {
    const workflow = await readWorkflow('ci/auto-fix.yml')
    edit(workflow)
    expect(validateWorkflow(workflow)).toBe(false)
  })
})

interface ActionYml {
  branding: { icon: string }
  runs: { using: string }
  inputs: Record<string, Record<string, unknown>>
}

describe('action.yml against the GitHub action schema', () => {
  it('is a valid action', async () => {
    expectValid(validateAction, await readYaml('action.yml'))
  })

  it.each([
    { problem: 'a branding icon GitHub does not offer', edit: (action: ActionYml) => void (action.branding.icon = 'tool') },
    { problem: 'a runtime GitHub does not run', edit: (action: ActionYml) => void (action.runs.using = 'node18') },
    { problem: 'an input with an unknown key', edit: (action: ActionYml) => void (action.inputs.mode!.type = 'string') },
  ])('rejects it with $problem', async ({ edit }) => {
    const action = (await readYaml('action.yml')) as ActionYml
    edit(action)
    expect(validateAction(action)).toBe(false)
  })
})

describe('ci/auto-fix.yml', async () => {
  const workflow = await readWorkflow('ci/auto-fix.yml')
  const job = workflow.jobs.autoheal!
  const autohealStep = job.steps.find((step) => step.uses?.includes('/autoheal@'))

  it('runs when CI completes, and its job for failures and for successes only', () => {
    expect(workflow.on).toEqual({ workflow_run: { workflows: ['CI'], types: ['completed'] } })
    expect(job.if).toBe(`contains(fromJSON('["failure","success"]'), github.event.workflow_run.conclusion)`)
  })

  it('never races two heals of one branch', () => {
    expect(workflow.concurrency).toEqual({ group: 'autoheal-${{ github.event.workflow_run.head_branch }}', 'cancel-in-progress': false })
  })

  it('asks for the least permissions a heal needs', () => {
    expect(workflow.permissions).toEqual({ actions: 'read', contents: 'write', 'pull-requests': 'write', issues: 'write' })
  })

  it('checks out the failing commit without leaving credentials behind, then runs Autoheal pinned to v1', () => {
    expect(job.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { ref: '${{ github.event.workflow_run.head_sha }}', 'persist-credentials': false } })
    expect(autohealStep?.uses).toBe('OWNER/autoheal@v1')
    expect(autohealStep?.with).toEqual({ 'anthropic-api-key': '${{ secrets.ANTHROPIC_API_KEY }}' })
  })

  it('shows, before the Autoheal step, where to install the dev tools deterministic lint fixes use', async () => {
    const text = await readText('ci/auto-fix.yml')
    const install = text.indexOf('# - run: npm ci')
    expect(install).toBeGreaterThan(-1)
    expect(install).toBeLessThan(text.indexOf('- uses: OWNER/autoheal@v1'))
  })
})

describe('ci/autoheal-schedule.yml', async () => {
  const workflow = await readWorkflow('ci/autoheal-schedule.yml')
  const modeOf = (job: Job) => job.steps.find((step) => step.uses === 'OWNER/autoheal@v1')?.with?.mode

  it('runs on a schedule and by hand', () => {
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch'])
  })

  it('runs remind and metrics, each with its own least permissions and nothing by default', () => {
    expect(workflow.permissions).toEqual({})
    expect(Object.values(workflow.jobs).map(modeOf)).toEqual(['remind', 'metrics'])
    expect(workflow.jobs.remind?.permissions).toEqual({ 'pull-requests': 'write', issues: 'write' })
    expect(workflow.jobs.metrics?.permissions).toEqual({ issues: 'read', 'pull-requests': 'read' })
  })

  it('never runs two reminder jobs at once (each reminder is posted once)', () => {
    expect((workflow.jobs.remind as Job & { concurrency?: unknown }).concurrency).toEqual({ group: 'autoheal-remind', 'cancel-in-progress': false })
  })

  it("starts each job on a cron of the workflow's own schedule", () => {
    const crons = (workflow.on.schedule as { cron: string }[]).map((entry) => entry.cron)
    for (const job of Object.values(workflow.jobs)) {
      const cron = /github\.event\.schedule == '([^']+)'/.exec(job.if ?? '')?.[1]
      expect(crons).toContain(cron)
      expect(job.if).toContain("github.event_name == 'workflow_dispatch'")
    }
  })
})

describe('.github/workflows/release.yml', async () => {
  const workflow = await readWorkflow('.github/workflows/release.yml')
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''))
  const indexOf = (needle: string) => runs.findIndex((run) => run.includes(needle))

  it('runs on v1.x.y tags with contents: write alone', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v1.*.*'] } })
    expect(workflow.permissions).toEqual({ contents: 'write' })
  })

  it('moves the major tag and releases only after the type check, the tests and the dist/ check', () => {
    const checks = ['npm ci', 'npm run typecheck', 'npm test', 'git status --porcelain dist/'].map(indexOf)
    const moves = indexOf('git push --force origin "refs/tags/$major"')
    const release = indexOf('gh release create')
    expect(checks.every((index) => index >= 0)).toBe(true)
    expect(checks).toEqual([...checks].sort((left, right) => left - right))
    expect(moves).toBeGreaterThan(Math.max(...checks))
    expect(release).toBeGreaterThan(moves)
  })
})
