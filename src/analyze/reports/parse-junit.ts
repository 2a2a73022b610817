import type { Failure } from '../failure.js'
import { genericJunitFlavour, junitFlavours } from './junit-flavours.js'
import { readJunitDocument } from './read-junit.js'
import type { XmlElement } from './read-xml.js'

export const junitRootNames: ReadonlySet<string> = new Set(['testsuites', 'testsuite'])

/** The failing tests (or, for mypy, the findings) of a JUnit report, named the way its tool names them. */
export function parseJunit(rootName: string, root: XmlElement): { tool: string; failures: Failure[] } {
  const document = readJunitDocument(rootName, root)
  const flavour = junitFlavours.find((candidate) => candidate.matches(document)) ?? genericJunitFlavour
  return { tool: flavour.tool, failures: document.failingCases.flatMap((failingCase) => flavour.toFailures(failingCase)) }
}
