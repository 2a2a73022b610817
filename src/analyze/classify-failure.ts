import { classifierRules, type ClassifierRule } from './classifier-rules.js'
import type { Confidence, FixType } from './failure-context.js'
import type { Failure } from './failure.js'

export interface Classification {
  fixType: FixType
  confidence: Confidence
  because: string
}

const unclassified: Classification = {
  fixType: 'unknown',
  confidence: 'none',
  because: 'no known pattern: a logic error or an infrastructure problem that needs a person',
}

function firstMatch(failure: Failure, text: string): ClassifierRule | undefined {
  return classifierRules.find((rule) => rule.matches(failure, text))
}

/**
 * The failure's own exception decides first; its surrounding lines (traceback, captured output)
 * only when the exception alone says nothing, so that a warning printed in captured output does
 * not turn an import error into a warning.
 */
export function classifyFailure(failure: Failure): Classification {
  const headline = [failure.errorType ?? '', failure.message].join('\n')
  const rule = firstMatch(failure, headline) ?? firstMatch(failure, [headline, ...failure.details].join('\n'))
  return rule ? { fixType: rule.fixType, confidence: rule.confidence, because: rule.because } : unclassified
}

/** Which type a person fixes first when a run fails in several ways: fixable kinds before the rest. */
export const fixTypePriority: readonly FixType[] = ['import_error', 'type_error', 'warning', 'flaky_test', 'lint', 'drift', 'unknown']

const confidenceOrder: readonly Confidence[] = ['none', 'low', 'medium', 'high']

export function strongerConfidence(a: Confidence, b: Confidence): Confidence {
  return confidenceOrder.indexOf(a) >= confidenceOrder.indexOf(b) ? a : b
}
