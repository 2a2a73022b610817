import * as core from '@actions/core'

/** The action's entry: the only place that reads inputs and the runner's environment. */
export async function run(): Promise<void> {
  const eventName = process.env.GITHUB_EVENT_NAME
  if (eventName !== 'workflow_run') {
    core.notice(`Autoheal runs on workflow_run events; this is ${eventName ? `a ${eventName} event` : 'not a workflow_run event'}. Nothing to do.`)
    core.setOutput('outcome', 'skipped')
    core.setOutput('reason', 'not-a-failure')
    return
  }
}
