import type { Failure } from '../failure.js'
import { attributeOf, childElements, commentsOf, textOf, type XmlElement } from './read-xml.js'
import { splitReportLines, trimBlankLines } from './report-lines.js'
import { isAbsolutePath, toReportPath } from './report-path.js'

/** One failing `<testcase>`, with what its flavour needs to name it and read its error. */
export interface JunitCase {
  name: string
  classname: string
  /** The `file` attribute some reporters add. */
  file?: string
  /** Names of the `<testsuite>` elements around it, outermost first. */
  suitePath: string[]
  outcome: Failure['outcome']
  /** The `message` attribute of its `<failure>` or `<error>`. */
  message?: string
  /** The text of its `<failure>` or `<error>`. */
  lines: string[]
  /** node:test's `<!-- Error: … -->` diagnostics next to it: they carry the real error. */
  diagnostics: string[]
}

export interface JunitDocument {
  rootName: string
  /** The root's `name` attribute: `vitest tests`, `jest tests`, `pytest tests`. */
  reportName?: string
  suiteNames: string[]
  comments: string[]
  failureTypes: string[]
  failingCases: JunitCase[]
}

// node:test closes a report with `<!-- tests 4 -->`, `<!-- pass 3 -->`, … counters.
export const nodeTestCounter = /^(?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) [\d.]+$/

export function readJunitDocument(rootName: string, root: XmlElement): JunitDocument {
  const document: JunitDocument = {
    rootName,
    reportName: attributeOf(root, 'name'),
    suiteNames: [],
    comments: [],
    failureTypes: [],
    failingCases: [],
  }
  visitSuite(root, rootName === 'testsuite' ? [attributeOf(root, 'name') ?? ''] : [], document)
  return document
}

function visitSuite(suite: XmlElement, suitePath: string[], document: JunitDocument): void {
  const comments = commentsOf(suite)
  document.comments.push(...comments)
  if (suitePath.length > 0) document.suiteNames.push(suitePath.at(-1) ?? '')
  const failingHere = childElements(suite, 'testcase').flatMap((testCase) => readFailingCase(testCase, suitePath, document))
  const diagnostics = comments.filter((comment) => comment !== '' && !nodeTestCounter.test(comment))
  for (const failingCase of failingHere) {
    // One failure beside the diagnostics: they are its story. Several: each takes those naming it.
    failingCase.diagnostics =
      failingHere.length === 1 ? diagnostics : diagnostics.filter((diagnostic) => mentionsCase(diagnostic, failingCase))
  }
  document.failingCases.push(...failingHere)
  for (const child of childElements(suite, 'testsuite')) {
    visitSuite(child, [...suitePath, attributeOf(child, 'name') ?? ''], document)
  }
}

function readFailingCase(testCase: XmlElement, suitePath: string[], document: JunitDocument): JunitCase[] {
  const failure = childElements(testCase, 'failure')[0]
  const error = childElements(testCase, 'error')[0]
  const problem = failure ?? error
  if (problem === undefined) return []
  const type = attributeOf(problem, 'type')
  if (type !== undefined) document.failureTypes.push(type)
  const file = attributeOf(testCase, 'file')
  const message = attributeOf(problem, 'message')
  return [
    {
      name: attributeOf(testCase, 'name') ?? '',
      classname: attributeOf(testCase, 'classname') ?? '',
      ...(file === undefined ? {} : { file }),
      suitePath,
      outcome: failure ? 'failed' : 'error',
      ...(message === undefined ? {} : { message }),
      lines: trimBlankLines(splitReportLines(textOf(problem))),
      diagnostics: [],
    },
  ]
}

function mentionsCase(diagnostic: string, failingCase: JunitCase): boolean {
  const { name } = failingCase
  if (name !== '' && diagnostic.includes(name)) return true
  return isAbsolutePath(name) && diagnostic.includes(toReportPath(name))
}
