import { z } from 'zod'

/**
 * The answer both providers are asked for, `submit_fix` (DESIGN, "The model's answer"): a summary
 * and edits. `old_text` must occur exactly once in the file at `path`; an empty `old_text` creates
 * `path`, which must not exist yet. An empty `edits` with a summary is a valid "no safe fix".
 */
export const FileEdit = z
  .object({
    path: z.string().min(1).max(500),
    old_text: z.string().max(200_000),
    new_text: z.string().max(200_000),
  })
  .strict()
export type FileEdit = z.infer<typeof FileEdit>

export const FixAnswer = z
  .object({
    summary: z.string().min(1).max(4_000),
    edits: z.array(FileEdit).max(50),
  })
  .strict()
export type FixAnswer = z.infer<typeof FixAnswer>

export const answerToolName = 'submit_fix'

/**
 * The same shape as a JSON Schema, for the providers' strict tools and structured outputs: every
 * property required, no additional properties (both providers' strict modes demand it).
 */
export const fixAnswerJsonSchema = {
  type: 'object',
  properties: {
    summary: { type: 'string', description: 'What was wrong and what the edits change, for the pull request; or why no safe fix exists.' },
    edits: {
      type: 'array',
      description: 'The changes. Empty when there is no safe fix.',
      items: {
        type: 'object',
        properties: {
          path: { type: 'string', description: 'Repo-relative path of the file to change.' },
          old_text: { type: 'string', description: 'Exact text that occurs exactly once in the file; empty to create a new file.' },
          new_text: { type: 'string', description: 'The text that replaces old_text.' },
        },
        required: ['path', 'old_text', 'new_text'],
        additionalProperties: false,
      },
    },
  },
  required: ['summary', 'edits'],
  additionalProperties: false,
} as const
