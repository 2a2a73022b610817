import { z } from 'zod'
import { confidences, fixTypes } from './fix-types.js'

export { fixTypes, fixableTypes } from './fix-types.js'

export const FixType = z.enum(fixTypes)
export type FixType = z.infer<typeof FixType>
export const Confidence = z.enum(confidences)
export type Confidence = z.infer<typeof Confidence>

export const FailureRecord = z.object({
  /** A test id as the tool names it, or `path:line:rule` for a lint or type finding. */
  nodeid: z.string(),
  outcome: z.enum(['failed', 'error']),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  kind: z.enum(['test', 'finding', 'step']),
  tool: z.string(),
  fix_type: FixType,
  rule: z.string().optional(),
  job: z.string().optional(),
})
export type FailureRecord = z.infer<typeof FailureRecord>

export const JobSummary = z.object({
  name: z.string(),
  failed_step: z.string().optional(),
  url: z.string().optional(),
  conclusion: z.enum(['failure', 'cancelled', 'truncated', 'unknown']),
})
export type JobSummary = z.infer<typeof JobSummary>

/** failure_context.json: the spec's example, plus what dedupe and the fix agent need. */
export const FailureContext = z.object({
  fix_type: FixType,
  can_auto_fix: z.boolean(),
  confidence: Confidence,
  workflow_run_id: z.string(),
  failures: z.array(FailureRecord),
  relevant_logs: z.array(z.string()),
  affected_files: z.array(z.string()),
  suggestions: z.array(z.string()),
  secondary_types: z.array(FixType),
  ecosystem: z.enum(['python', 'node', 'unknown']),
  jobs: z.array(JobSummary),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  /** Why the analysis decided as it did, in a sentence or two: shown in summaries and tickets. */
  reason: z.string(),
  /** What the analysis could not read (an expired log, a malformed report), in words. */
  diagnostics: z.array(z.string()),
})
export type FailureContext = z.infer<typeof FailureContext>
