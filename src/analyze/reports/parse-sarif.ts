import { z } from 'zod'
import type { Failure } from '../failure.js'
import { createFinding } from './create-finding.js'

/** SARIF 2.1.0 (CodeQL, ESLint's SARIF formatter, Semgrep, Ruff, …): results of level `error`. */
const SarifLevel = z.string().nullish()

const SarifRule = z.object({
  id: z.string().nullish(),
  defaultConfiguration: z.object({ level: SarifLevel }).nullish(),
})

const ArtifactLocation = z.object({ uri: z.string().nullish(), index: z.number().int().nullish() })

const SarifResult = z.object({
  ruleId: z.string().nullish(),
  ruleIndex: z.number().int().nullish(),
  rule: z.object({ id: z.string().nullish(), index: z.number().int().nullish() }).nullish(),
  level: SarifLevel,
  kind: z.string().nullish(),
  message: z.object({ text: z.string().nullish(), markdown: z.string().nullish() }).nullish(),
  locations: z
    .array(
      z.object({
        physicalLocation: z
          .object({
            artifactLocation: ArtifactLocation.nullish(),
            region: z.object({ startLine: z.number().int().nullish() }).nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
})

const SarifRun = z.object({
  tool: z.object({ driver: z.object({ name: z.string(), rules: z.array(SarifRule).nullish() }) }),
  artifacts: z.array(z.object({ location: ArtifactLocation.nullish() })).nullish(),
  results: z.array(SarifResult).nullish(),
})

export const SarifLog = z.object({ runs: z.array(SarifRun) })

export function isSarifShape(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('runs' in value) || !Array.isArray(value.runs)) return false
  const version = 'version' in value ? value.version : undefined
  const schema = '$schema' in value ? value.$schema : undefined
  return (typeof version === 'string' && version.startsWith('2.')) || (typeof schema === 'string' && schema.includes('sarif'))
}

type SarifRun = z.infer<typeof SarifRun>
type SarifResult = z.infer<typeof SarifResult>

export function parseSarif(log: z.infer<typeof SarifLog>): Failure[] {
  return log.runs.flatMap((run) => {
    const tool = run.tool.driver.name.toLowerCase()
    return (run.results ?? [])
      .filter((result) => levelOf(result, run) === 'error')
      .map((result) => {
        const physical = result.locations?.[0]?.physicalLocation
        const artifact = physical?.artifactLocation
        const uri = artifact?.uri ?? run.artifacts?.[artifact?.index ?? -1]?.location?.uri ?? undefined
        const rule = result.ruleId ?? result.rule?.id ?? ruleOf(result, run)?.id ?? undefined
        return createFinding({
          tool,
          path: uri ?? '(no location)',
          line: physical?.region?.startLine ?? undefined,
          rule,
          message: result.message?.text ?? result.message?.markdown ?? rule ?? 'finding',
        })
      })
  })
}

/**
 * SARIF §3.27.10: a result of another kind than `fail` has level `none`; without its own level a
 * result takes its rule's default configuration, and `warning` when the rule sets none.
 */
function levelOf(result: SarifResult, run: SarifRun): string {
  if (result.level) return result.level
  if (result.kind && result.kind !== 'fail') return 'none'
  return ruleOf(result, run)?.defaultConfiguration?.level ?? 'warning'
}

function ruleOf(result: SarifResult, run: SarifRun) {
  const rules = run.tool.driver.rules ?? []
  const index = result.ruleIndex ?? result.rule?.index
  if (index !== undefined && index !== null) return rules[index]
  const id = result.ruleId ?? result.rule?.id
  return id ? rules.find((rule) => rule.id === id) : undefined
}
