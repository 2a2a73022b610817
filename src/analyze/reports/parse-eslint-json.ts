import { z } from 'zod'
import type { Failure } from '../failure.js'
import { createFinding } from './create-finding.js'

/** `eslint -f json`: one entry per linted file, each with its messages. */
const EslintMessage = z.object({
  ruleId: z.string().nullish(),
  // 2 is an error; 1 a warning, which fails eslint only under --max-warnings, unknowable here.
  severity: z.number(),
  message: z.string(),
  line: z.number().int().nullish(),
  column: z.number().int().nullish(),
})

export const EslintJsonReport = z.array(z.object({ filePath: z.string(), messages: z.array(EslintMessage) }))

export function isEslintJsonShape(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((entry) => typeof entry === 'object' && entry !== null && 'filePath' in entry && 'messages' in entry)
  )
}

const errorSeverity = 2

export function parseEslintJson(report: z.infer<typeof EslintJsonReport>): Failure[] {
  return report.flatMap(({ filePath, messages }) =>
    messages
      .filter((message) => message.severity === errorSeverity)
      .map((message) =>
        createFinding({
          tool: 'eslint',
          path: filePath,
          line: message.line ?? undefined,
          column: message.column ?? undefined,
          // A parsing error has no rule: ruleId is null and `fatal` is set.
          rule: message.ruleId ?? undefined,
          message: message.message,
        }),
      ),
  )
}
