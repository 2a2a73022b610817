import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/analyze/reports/parse-report.js'
import { toPytestNodeid } from '../../../src/analyze/reports/pytest-nodeid.js'

describe('toPytestNodeid', () => {
  const rows = [
    { classname: 'tests.test_tokens', name: 'test_x', file: undefined, nodeid: 'tests/test_tokens.py::test_x' },
    { classname: 'tests.test_x.TestClass', name: 'test_y', file: undefined, nodeid: 'tests/test_x.py::TestClass::test_y' },
    { classname: 'tests.test_x.TestA.TestB', name: 'test_z[a.b-1]', file: undefined, nodeid: 'tests/test_x.py::TestA::TestB::test_z[a.b-1]' },
    { classname: '', name: 'tests.test_loader', file: undefined, nodeid: 'tests/test_loader.py' },
    { classname: 'tests.v1.2.test_api', name: 'test_get', file: 'tests/v1.2/test_api.py', nodeid: 'tests/v1.2/test_api.py::test_get' },
  ]
  it.each(rows)('$classname + $name → $nodeid', ({ classname, name, file, nodeid }) => {
    expect(toPytestNodeid(classname, name, file)).toBe(nodeid)
  })
})

describe('JUnit flavours', () => {
  it('vitest: nested describes and a file that failed to load', () => {
    // Real vitest 4 junit output.
    const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="3" failures="2" errors="0" time="0.015000934">
    <testsuite name="test/broken.test.ts" timestamp="2026-11-25T14:04:39.995Z" hostname="vm" tests="1" failures="1" errors="0" skipped="0" time="0">
        <testcase classname="test/broken.test.ts" name="test/broken.test.ts" time="0">
            <failure message="Cannot find module &apos;../src/missing.js&apos; imported from /home/runner/work/vt/vt/test/broken.test.ts" type="Error">
Error: Cannot find module &apos;../src/missing.js&apos; imported from /home/runner/work/vt/vt/test/broken.test.ts
 ❯ test/broken.test.ts:2:1

⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯
Serialized Error: { code: &apos;ERR_MODULE_NOT_FOUND&apos; }
            </failure>
        </testcase>
    </testsuite>
    <testsuite name="test/math.test.ts" timestamp="2026-11-25T14:04:40.002Z" hostname="vm" tests="2" failures="1" errors="0" skipped="0" time="0.015000934">
        <testcase classname="test/math.test.ts" name="add &gt; integers &gt; adds two numbers" time="0.01157052">
            <failure message="expected 3 to be 4 // Object.is equality" type="AssertionError">
AssertionError: expected 3 to be 4 // Object.is equality

- Expected
+ Received

- 4
+ 3

 ❯ test/math.test.ts:6:25
            </failure>
        </testcase>
        <testcase classname="test/math.test.ts" name="add &gt; integers &gt; passes" time="0.000872851">
        </testcase>
    </testsuite>
</testsuites>
`
    const result = parseReport('junit.xml', xml)
    expect(result).toMatchObject({ format: 'junit', diagnostics: [] })
    expect(result.failures).toEqual([
      expect.objectContaining({
        tool: 'vitest',
        nodeid: 'test/broken.test.ts',
        message: "Error: Cannot find module '../src/missing.js' imported from test/broken.test.ts",
      }),
      expect.objectContaining({
        tool: 'vitest',
        nodeid: 'test/math.test.ts > add > integers > adds two numbers',
        errorType: 'AssertionError',
        file: 'test/math.test.ts',
        line: 6,
      }),
    ])
    expect(result.failures[1]?.details).toContain('- Expected')
  })

  it('node:test: describe titles lead the name, the cause is the error', () => {
    // Real node 20 junit reporter output.
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
	<testsuite name="slugify" time="0.004418" disabled="0" errors="0" tests="1" failures="1" skipped="0" hostname="vm">
		<testsuite name="unicode" time="0.003531" disabled="0" errors="0" tests="2" failures="1" skipped="0" hostname="vm">
			<testcase name="drops accents" time="0.002408" classname="test" failure="Expected values to be strictly equal:'a' !== 'b'">
				<failure type="testCodeFailure" message="Expected values to be strictly equal:'a' !== 'b'">
Error [ERR_TEST_FAILURE]: Expected values to be strictly equal:

'a' !== 'b'

    at new Promise (&lt;anonymous>)
    at Array.map (&lt;anonymous>) {
  code: 'ERR_TEST_FAILURE',
  failureType: 'testCodeFailure',
  cause: AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:
  
  'a' !== 'b'
  
      at TestContext.&lt;anonymous> (file:///home/runner/work/nt/nt/test/a.test.js:5:40)
      at Test.runInAsyncScope (node:async_hooks:206:9)
      at new Promise (&lt;anonymous>)
      at Array.map (&lt;anonymous>) {
    generatedMessage: true,
    code: 'ERR_ASSERTION',
    operator: 'strictEqual'
  }
}
				</failure>
			</testcase>
			<testcase name="keeps digits" time="0.000299" classname="test"/>
		</testsuite>
	</testsuite>
	<testcase name="top level throws" time="0.000147" classname="test" failure="nope">
		<failure type="testCodeFailure" message="nope">
[Error [ERR_TEST_FAILURE]: nope] {
  code: 'ERR_TEST_FAILURE',
  failureType: 'testCodeFailure',
  cause: TypeError [Error]: nope
      at TestContext.&lt;anonymous> (file:///home/runner/work/nt/nt/test/a.test.js:9:38)
      at Test.runInAsyncScope (node:async_hooks:206:9)
}
		</failure>
	</testcase>
	<!-- tests 3 -->
	<!-- fail 2 -->
	<!-- duration_ms 213.38719 -->
</testsuites>
`
    const result = parseReport('test-results.xml', xml)
    expect(result.failures.map(({ tool, nodeid, message, errorType, file, line }) => ({ tool, nodeid, message, errorType, file, line }))).toEqual([
      {
        tool: 'node-test',
        nodeid: 'top level throws',
        message: 'TypeError: nope',
        errorType: 'TypeError',
        file: 'test/a.test.js',
        line: 9,
      },
      {
        tool: 'node-test',
        nodeid: 'slugify > unicode > drops accents',
        message: 'AssertionError: Expected values to be strictly equal:',
        errorType: 'AssertionError',
        file: 'test/a.test.js',
        line: 5,
      },
    ])
  })

  it('pytest: test classes and the error element', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="0" tests="1">
<testcase classname="tests.test_db.TestInsert" name="test_row" time="0.01"><error message="failed on setup with &quot;ConnectionRefusedError&quot;">tests/conftest.py:8: in db
    return connect()
E   ConnectionRefusedError: [Errno 111] Connection refused</error></testcase></testsuite></testsuites>`
    expect(parseReport('junit.xml', xml).failures).toEqual([
      expect.objectContaining({
        tool: 'pytest',
        nodeid: 'tests/test_db.py::TestInsert::test_row',
        outcome: 'error',
        message: 'ConnectionRefusedError: [Errno 111] Connection refused',
        file: 'tests/conftest.py',
        line: 8,
      }),
    ])
  })

  it('any other writer: classname.name, and the message attribute when the text says nothing', () => {
    const xml = `<testsuite name="com.shop.CartTest" tests="1" failures="1">
  <testcase classname="com.shop.CartTest" name="totalsLines"><failure message="expected:&lt;3&gt; but was:&lt;4&gt;" type="java.lang.AssertionError"/></testcase>
</testsuite>`
    expect(parseReport('TEST-com.shop.CartTest.xml', xml).failures).toEqual([
      expect.objectContaining({ tool: 'junit', nodeid: 'com.shop.CartTest.totalsLines', message: 'expected:<3> but was:<4>' }),
    ])
  })

  it('leaves a DOCTYPE entity as written and decodes only the predefined ones', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY company "ACME">]><testsuite name="pytest"><testcase classname="tests.test_a" name="test_&company;"><failure message="x">E   ValueError: &lt;&amp;&gt; &#233;&#x41;</failure></testcase></testsuite>`
    const result = parseReport('junit.xml', xml)
    expect(result.diagnostics).toEqual([])
    expect(result.failures[0]).toMatchObject({ nodeid: 'tests/test_a.py::test_&company;', message: 'ValueError: <&> éA' })
  })

  it('claims no other XML document', () => {
    expect(parseReport('coverage.xml', '<?xml version="1.0"?><coverage line-rate="0.5"><packages/></coverage>')).toEqual({
      format: undefined,
      failures: [],
      diagnostics: [],
    })
  })
})
