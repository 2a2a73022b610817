/**
 * The spec's seven failure classes, as plain data: the analysis needs them on every run, the zod
 * schema of failure_context.json (failure-context.ts) only where a context is read back.
 */
export const fixTypes = ['warning', 'import_error', 'type_error', 'flaky_test', 'lint', 'drift', 'unknown'] as const
export type FixType = (typeof fixTypes)[number]

/** Types a model may be asked to fix; drift and unknown always go to a person. */
export const fixableTypes: ReadonlySet<FixType> = new Set(['warning', 'import_error', 'type_error', 'flaky_test', 'lint'])

export const confidences = ['high', 'medium', 'low', 'none'] as const
export type Confidence = (typeof confidences)[number]
