import { describe, expect, it } from 'vitest'
import { maxReportChars, parseReport } from '../../../src/analyze/reports/parse-report.js'

// Each must end in a diagnostic or in nothing, never a throw, and fast: the generous bound is
// the test timeout (no timed asserts, which flake on a busy runner).
const timeoutMs = 20_000

const junitHead = '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">'
const failingCase =
  '<testcase classname="tests.test_a" name="test_b"><failure message="AssertionError: boom">E   AssertionError: boom</failure></testcase>'

const billionLaughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, level) => {
    const previous = level === 0 ? 'lol' : `lol${level}`
    return `  <!ENTITY lol${level + 1} "${`&${previous};`.repeat(10)}">`
  }),
  ']>',
  '<testsuite name="pytest"><testcase classname="tests.test_a" name="&lol9;">',
  '<failure message="&lol9;">&lol9;</failure></testcase></testsuite>',
].join('\n')

interface HostileInput {
  name: string
  fileName: string
  content: () => string
  expectDiagnostic: boolean
}

const hostileInputs: HostileInput[] = [
  { name: 'an empty file', fileName: 'report.xml', content: () => '', expectDiagnostic: false },
  { name: 'blank lines only', fileName: 'report.txt', content: () => '\n \n\t\n', expectDiagnostic: false },
  {
    name: 'XML truncated inside a tag',
    fileName: 'junit.xml',
    content: () => `${junitHead}<testcase classname="tests.test_a" na`,
    expectDiagnostic: true,
  },
  {
    name: 'XML truncated inside a failure text',
    fileName: 'junit.xml',
    content: () => `${junitHead}${failingCase}<testcase classname="tests.test_a" name="test_c"><failure message="x">E   Asse`,
    expectDiagnostic: true,
  },
  {
    name: 'malformed JSON',
    fileName: 'results.json',
    content: () => '{"testResults": [{"name": "a.test.js", "assertionResults": [',
    expectDiagnostic: true,
  },
  {
    name: 'JSON of a known shape with wrong types',
    fileName: 'results.json',
    content: () => JSON.stringify({ numTotalTests: 1, testResults: [{ name: 42 }] }),
    expectDiagnostic: true,
  },
  {
    name: 'binary junk',
    fileName: 'screenshot.png',
    content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x3c]).toString('latin1'),
    expectDiagnostic: false,
  },
  {
    name: 'binary junk that opens like XML',
    fileName: 'blob.xml',
    content: () => `<\u0000\u0001\u00ff${'\u0000\u00fe'.repeat(1000)}`,
    expectDiagnostic: false,
  },
  {
    name: 'a 50 MB single-line file',
    fileName: 'output.txt',
    content: () => 'x'.repeat(50 * 1024 * 1024),
    expectDiagnostic: false,
  },
  {
    name: 'a 50 MB single-line file of colons and digits',
    fileName: 'output.txt',
    content: () => 'a:1:'.repeat(13 * 1024 * 1024),
    expectDiagnostic: false,
  },
  {
    name: 'a JUnit report with a 50 MB attribute',
    fileName: 'junit.xml',
    content: () => `${junitHead.replace('name="pytest"', `name="${'a'.repeat(50 * 1024 * 1024)}"`)}${failingCase}</testsuite></testsuites>`,
    expectDiagnostic: false,
  },
  {
    name: 'a 50 MB JSON string',
    fileName: 'results.json',
    content: () => `{"message": "${'y'.repeat(50 * 1024 * 1024)}"}`,
    expectDiagnostic: false,
  },
  { name: 'a billion-laughs document', fileName: 'junit.xml', content: () => billionLaughs, expectDiagnostic: false },
  {
    name: 'an external entity in a DOCTYPE',
    fileName: 'junit.xml',
    content: () =>
      `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${junitHead.slice(21)}<testcase classname="a" name="&xxe;"><failure message="&xxe;"/></testcase></testsuite></testsuites>`,
    // The parser refuses the declaration outright: the report is skipped with a diagnostic.
    expectDiagnostic: true,
  },
  {
    name: 'nesting deeper than any report',
    fileName: 'junit.xml',
    content: () => `<testsuites>${'<testsuite>'.repeat(5000)}${'</testsuite>'.repeat(5000)}</testsuites>`,
    expectDiagnostic: true,
  },
  {
    name: 'non-UTF-8 bytes decoded as latin1',
    fileName: 'junit.xml',
    content: () =>
      Buffer.concat([
        Buffer.from(`${junitHead}<testcase classname="tests.test_a" name="test_\xe9"><failure message="x">E   ValueError: caf`, 'latin1'),
        Buffer.from([0xe9, 0xff, 0xfe, 0x80]),
        Buffer.from('</failure></testcase></testsuite></testsuites>', 'latin1'),
      ]).toString('latin1'),
    expectDiagnostic: false,
  },
  {
    name: 'an HTML page',
    fileName: 'report.html',
    content: () => '<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><br></body></html>',
    expectDiagnostic: false,
  },
  {
    name: 'a log that opens like JSON',
    fileName: 'build.log',
    content: () => '[info] building\n[error] exit code 1\n',
    expectDiagnostic: false,
  },
  {
    name: 'a JSON array of numbers',
    fileName: 'data.json',
    content: () => '[1, 2, 3]',
    expectDiagnostic: false,
  },
  {
    name: 'too large to read',
    fileName: 'junit.xml',
    content: () => ' '.repeat(maxReportChars + 1),
    expectDiagnostic: true,
  },
]

describe('parseReport on hostile input', () => {
  it.each(hostileInputs)(
    '$name: a diagnostic naming the file or nothing, never a throw',
    ({ fileName, content, expectDiagnostic }) => {
      const result = parseReport(fileName, content())
      if (expectDiagnostic) {
        expect(result.diagnostics).toHaveLength(1)
        expect(result.diagnostics[0]).toContain(fileName)
        expect(result.diagnostics[0]?.length).toBeLessThan(5_000)
      } else {
        expect(result.diagnostics).toEqual([])
      }
      for (const failure of result.failures) {
        expect(failure.nodeid.length).toBeLessThan(5_000)
        expect(failure.message.length).toBeLessThan(5_000)
      }
    },
    timeoutMs,
  )

  it('expands no DOCTYPE entity: a billion laughs stays a few bytes', () => {
    const result = parseReport('junit.xml', billionLaughs)
    expect(result.format).toBe('junit')
    expect(result.failures.map((failure) => failure.nodeid)).toEqual(['tests/test_a.py::&lol9;'])
    expect(result.failures[0]?.details).toEqual(['&lol9;'])
  })

  it('never resolves an external entity', () => {
    const result = parseReport('junit.xml', hostileInputs.find(({ name }) => name.includes('external'))?.content() ?? '')
    expect(JSON.stringify(result)).not.toContain('root:')
    expect(result.failures).toEqual([])
  })

  it('keeps the tests a truncated report holds, and says it was cut', () => {
    const result = parseReport('junit.xml', `${junitHead}${failingCase}<testcase classname="tests.test_a" name="test_c"><failure message="x">E   Asse`)
    expect(result.failures.map((failure) => failure.nodeid)).toContain('tests/test_a.py::test_b')
    expect(result.diagnostics[0]).toMatch(/^junit\.xml ends before its <testsuites> element closes/)
  })

  it('reads a report whose bytes were not UTF-8', () => {
    const latin1 = hostileInputs.find(({ name }) => name.includes('latin1'))?.content() ?? ''
    const result = parseReport('junit.xml', latin1)
    expect(result.failures).toHaveLength(1)
    expect(result.failures[0]).toMatchObject({ nodeid: 'tests/test_a.py::test_é', errorType: 'ValueError' })
  })

  it('claims no file that only contains JSON it does not know', () => {
    expect(parseReport('benchmark.json', JSON.stringify({ machine_info: {}, benchmarks: [] })).format).toBeUndefined()
  })
})
