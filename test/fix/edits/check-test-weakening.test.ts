import { describe, expect, it } from 'vitest'
import { checkTestWeakening, weakeningRules } from '../../../src/fix/check-test-weakening.js'
import type { FileEdit } from '../../../src/fix/fix-answer.js'

const edit = (path: string, oldText: string, newText: string): FileEdit => ({ path, old_text: oldText, new_text: newText })

const pyTest = 'tests/test_worker.py'
const jsTest = 'test/retry.test.js'
const tsTest = 'src/__tests__/cart.spec.ts'

/** Each row: an edit, and the rule it must break (undefined: it must pass every rule). */
const rows: { name: string; edit: FileEdit; ruleId: string | undefined }[] = [
  // deletes-test
  { name: 'deleting a pytest test', edit: edit(pyTest, 'def test_a():\n    assert f() == 1\n\n\ndef test_b():\n    assert g()\n', 'def test_a():\n    assert f() == 1\n'), ruleId: 'deletes-test' },
  { name: 'emptying a jest test file', edit: edit(jsTest, "test('recovers', async () => {\n  expect(await f()).toBe(4)\n})\n", ''), ruleId: 'deletes-test' },
  { name: 'renaming a test', edit: edit(pyTest, 'def test_drain():', 'def test_drains_queue():'), ruleId: undefined },
  // deletes-assertion
  { name: 'deleting an assertion', edit: edit(pyTest, '    assert w.run() == 5\n    assert delivered[:2] == ["a", "b"]\n', '    assert w.run() == 5\n'), ruleId: 'deletes-assertion' },
  { name: 'deleting an expect', edit: edit(jsTest, '    expect(res.calls).toBe(4);\n    expect(res.ok).toBe(true);\n', '    expect(res.calls).toBe(4);\n'), ruleId: 'deletes-assertion' },
  { name: 'deleting self.assertEqual', edit: edit('tests/test_models.py', '        self.assertEqual(a, b)\n', '        pass\n'), ruleId: 'deletes-assertion' },
  { name: 'deleting t.equal', edit: edit('test/sum.test.mjs', '  t.equal(sum(1, 1), 2)\n', ''), ruleId: 'deletes-assertion' },
  { name: 'deleting assert.strictEqual', edit: edit('test/checksum.test.js', '  assert.strictEqual(crc16("a"), 0x1234);\n', '  crc16("a");\n'), ruleId: 'deletes-assertion' },
  { name: 'rewriting an assertion', edit: edit(pyTest, 'assert total == 3', 'assert total == 3.0'), ruleId: undefined },
  { name: 'moving off a deprecated assertion', edit: edit('tests/test_models.py', 'self.assertEquals(a, b)', 'self.assertEqual(a, b)'), ruleId: undefined },
  { name: 'deleting an assertion from source code', edit: edit('src/app.py', '    assert x > 0\n', ''), ruleId: undefined },
  // skips-test
  { name: 'adding @pytest.mark.skip', edit: edit(pyTest, 'def test_drains_queue():', '@pytest.mark.skip(reason="flaky")\ndef test_drains_queue():'), ruleId: 'skips-test' },
  { name: 'adding @pytest.mark.skipif', edit: edit(pyTest, 'def test_drains_queue():', '@pytest.mark.skipif(sys.platform == "linux", reason="")\ndef test_drains_queue():'), ruleId: 'skips-test' },
  { name: 'adding pytest.skip()', edit: edit(pyTest, '    q = Queue()\n', '    pytest.skip("later")\n    q = Queue()\n'), ruleId: 'skips-test' },
  { name: 'adding @unittest.skip', edit: edit('tests/test_models.py', '    def test_total(self):', '    @unittest.skip("broken")\n    def test_total(self):'), ruleId: 'skips-test' },
  { name: 'turning test( into test.skip(', edit: edit(jsTest, "  test('recovers after three 503s', async () => {", "  test.skip('recovers after three 503s', async () => {"), ruleId: 'skips-test' },
  { name: 'turning it( into xit(', edit: edit(tsTest, "  it('adds', () => {", "  xit('adds', () => {"), ruleId: 'skips-test' },
  { name: 'turning describe( into xdescribe(', edit: edit(tsTest, "describe('Cart', () => {", "xdescribe('Cart', () => {"), ruleId: 'skips-test' },
  { name: 'adding it.todo(', edit: edit(tsTest, "  it('adds', () => {", "  it.todo('adds')\n  it('adds', () => {"), ruleId: 'skips-test' },
  // focuses-test
  { name: 'adding .only(', edit: edit(jsTest, "  test('recovers after three 503s', async () => {", "  test.only('recovers after three 503s', async () => {"), ruleId: 'focuses-test' },
  // expects-failure
  { name: 'adding xfail', edit: edit(pyTest, 'def test_drains_queue():', '@pytest.mark.xfail(strict=False)\ndef test_drains_queue():'), ruleId: 'expects-failure' },
  { name: 'adding it.fails', edit: edit(tsTest, "  it('adds', () => {", "  it.fails('adds', () => {"), ruleId: 'expects-failure' },
  // reruns-test
  { name: 'adding reruns', edit: edit(pyTest, 'def test_drains_queue():', '@pytest.mark.flaky(reruns=3)\ndef test_drains_queue():'), ruleId: 'reruns-test' },
  { name: 'adding jest.retryTimes', edit: edit(jsTest, "describe('withRetry', () => {", "jest.retryTimes(3);\ndescribe('withRetry', () => {"), ruleId: 'reruns-test' },
  // deselects-test
  { name: 'deselecting a test in pytest.ini', edit: edit('pytest.ini', 'addopts = -q\n', 'addopts = -q --deselect tests/test_worker.py::test_drains_queue\n'), ruleId: 'deselects-test' },
  { name: 'ignoring a test folder in jest config', edit: edit('jest.config.js', 'module.exports = {\n', "module.exports = {\n  testPathIgnorePatterns: ['/test/retry'],\n"), ruleId: 'deselects-test' },
  // silences-type-checker (any file)
  { name: 'adding # type: ignore', edit: edit('stockroom/inventory.py', '        return b.items.get(sku)\n', '        return b.items.get(sku)  # type: ignore\n'), ruleId: 'silences-type-checker' },
  { name: 'adding // @ts-ignore', edit: edit('src/cli.ts', '  const port: number = flags.port;\n', '  // @ts-ignore\n  const port: number = flags.port;\n'), ruleId: 'silences-type-checker' },
  { name: 'adding @ts-expect-error', edit: edit('src/cli.ts', '  return listen(flags.host, port);\n', '  // @ts-expect-error host may be boolean\n  return listen(flags.host, port);\n'), ruleId: 'silences-type-checker' },
  { name: 'turning off mypy errors in setup.cfg', edit: edit('setup.cfg', '[mypy]\n', '[mypy]\nignore_errors = True\n'), ruleId: 'silences-type-checker' },
  // silences-linter
  { name: 'adding eslint-disable-next-line', edit: edit('src/cart.js', '    if (current == undefined) {\n', '    // eslint-disable-next-line eqeqeq\n    if (current == undefined) {\n'), ruleId: 'silences-linter' },
  { name: 'adding # noqa', edit: edit('geofence/polygon.py', 'import os\n', 'import os  # noqa: F401\n'), ruleId: 'silences-linter' },
  { name: 'ignoring a flake8 code in config', edit: edit('.flake8', '[flake8]\nmax-line-length = 100\n', '[flake8]\nmax-line-length = 100\nextend-ignore = E302\n'), ruleId: 'silences-linter' },
  // silences-formatter
  { name: 'adding # fmt: off', edit: edit('csvlite/stats.py', '    return {"count": len(values)}\n', '    # fmt: off\n    return {"count": len(values)}\n'), ruleId: 'silences-formatter' },
  { name: 'adding prettier-ignore', edit: edit('src/bytes.ts', 'const UNITS = ["B"] as const;\n', '// prettier-ignore\nconst UNITS = ["B"] as const;\n'), ruleId: 'silences-formatter' },
  // ignores-failure
  { name: 'adding || true to the test script', edit: edit('package.json', '"test": "jest"', '"test": "jest || true"'), ruleId: 'ignores-failure' },
  { name: 'adding flake8 --exit-zero', edit: edit('Makefile', '\tflake8 geofence\n', '\tflake8 --exit-zero geofence\n'), ruleId: 'ignores-failure' },
  // stops-warnings-failing
  { name: 'dropping "error" from filterwarnings', edit: edit('pyproject.toml', 'filterwarnings = [\n    "error",\n]\n', 'filterwarnings = []\n'), ruleId: 'stops-warnings-failing' },
  { name: 'dropping --throw-deprecation', edit: edit('package.json', '"test": "node --throw-deprecation --test"', '"test": "node --test"'), ruleId: 'stops-warnings-failing' },
  { name: 'ignoring one warning by its message', edit: edit('pyproject.toml', '    "error",\n]', '    "error",\n    "ignore:jsonschema.RefResolver is deprecated:DeprecationWarning",\n]'), ruleId: undefined },
  // raises-timeout and adds-test-timeout
  { name: 'raising timeout=1 to timeout=10', edit: edit(pyTest, '    assert w.run_until_empty(timeout=1) == 5\n', '    assert w.run_until_empty(timeout=10) == 5\n'), ruleId: 'raises-timeout' },
  { name: 'raising @pytest.mark.timeout', edit: edit(pyTest, '@pytest.mark.timeout(2)\n', '@pytest.mark.timeout(60)\n'), ruleId: 'raises-timeout' },
  { name: 'raising { timeout: 5000 }', edit: edit(tsTest, "  it('adds', { timeout: 5000 }, async () => {", "  it('adds', { timeout: 20_000 }, async () => {"), ruleId: 'raises-timeout' },
  { name: 'raising jest.setTimeout', edit: edit(jsTest, 'jest.setTimeout(5000);', 'jest.setTimeout(5 * 10000);'), ruleId: 'raises-timeout' },
  { name: 'raising testTimeout in vitest.config.ts', edit: edit('vitest.config.ts', 'testTimeout: 5000,', 'testTimeout: 60000,'), ruleId: 'raises-timeout' },
  { name: "raising a test's timeout argument", edit: edit(jsTest, '    expect(res.calls).toBe(4);\n  }, 5000);\n', '    expect(res.calls).toBe(4);\n  }, 30000);\n'), ruleId: 'raises-timeout' },
  { name: 'changing a small number after an object in test data', edit: edit(jsTest, 'expect(add({ qty: 1 }, 2)).toBe(3)', 'expect(add({ qty: 1 }, 3)).toBe(4)'), ruleId: undefined },
  { name: 'adding jest.setTimeout', edit: edit(jsTest, "describe('withRetry', () => {", "jest.setTimeout(30000);\ndescribe('withRetry', () => {"), ruleId: 'adds-test-timeout' },
  { name: 'lowering a timeout', edit: edit(pyTest, 'run_until_empty(timeout=10)', 'run_until_empty(timeout=1)'), ruleId: undefined },
  { name: 'raising a timeout in source code', edit: edit('src/client.py', 'timeout=1', 'timeout=10'), ruleId: undefined },
  // lengthens-sleep
  { name: 'increasing time.sleep(0.1) to time.sleep(5)', edit: edit(pyTest, '    time.sleep(0.1)\n', '    time.sleep(5)\n'), ruleId: 'lengthens-sleep' },
  { name: 'increasing a setTimeout wait', edit: edit(jsTest, 'await new Promise((r) => setTimeout(r, 50));', 'await new Promise((r) => setTimeout(r, 500));'), ruleId: 'lengthens-sleep' },
  { name: 'adding a sleep to a test', edit: edit(pyTest, '    w.start()\n', '    w.start()\n    time.sleep(1)\n'), ruleId: 'lengthens-sleep' },
  { name: 'shortening a sleep', edit: edit(pyTest, 'time.sleep(1)', 'time.sleep(0.01)'), ruleId: undefined },
  // the corpus's flaky fixes: waits made explicit, not longer
  { name: 'a shorter poll interval', edit: edit(pyTest, '    w = Worker(q, delivered.append)\n', '    w = Worker(q, delivered.append, poll_interval=0.01)\n'), ruleId: undefined },
  { name: 'a faster backoff', edit: edit(jsTest, '    const res = await withRetry(flakyServer(3));\n', '    const res = await withRetry(flakyServer(3), { baseMs: 10, maxMs: 40 });\n'), ruleId: undefined },
  { name: 'removing an unused import from a test', edit: edit('tests/test_polygon.py', 'import pytest\nfrom geofence.polygon import contains\n', 'from geofence.polygon import contains\n'), ruleId: undefined },
]

describe('checkTestWeakening', () => {
  it.each(rows)('$name → $ruleId', ({ edit: fileEdit, ruleId }) => {
    const result = checkTestWeakening([fileEdit])
    if (ruleId === undefined) {
      expect(result).toEqual({ ok: true })
    } else {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.violations.map((violation) => violation.ruleId)).toContain(ruleId)
        expect(result.violations.every((violation) => violation.path === fileEdit.path)).toBe(true)
      }
    }
  })

  it('every rule has a row that breaks it', () => {
    const broken = new Set(rows.map((row) => row.ruleId))
    expect(weakeningRules.map((rule) => rule.id).filter((id) => !broken.has(id))).toEqual([])
  })

  it('says what the edit does and what to do instead', () => {
    const result = checkTestWeakening([edit(pyTest, 'def test_drains_queue():', '@pytest.mark.skip(reason="flaky")\ndef test_drains_queue():')])
    expect(result).toEqual({
      ok: false,
      violations: [{ path: pyTest, ruleId: 'skips-test', reason: 'adds `@pytest.mark.skip`: a fix must not skip a test; fix the cause of the failure' }],
    })
    const sleep = checkTestWeakening([edit(pyTest, 'time.sleep(0.1)', 'time.sleep(5)')])
    expect(sleep).toMatchObject({ ok: false, violations: [{ reason: 'raises a sleep from 0.1 to 5: a flaky test gets an explicit wait or a deterministic seed, never a longer sleep' }] })
  })

  it('judges all edits of a file together: an assertion moved between edits is kept', () => {
    const edits = [edit(pyTest, '    assert a == 1\n', ''), edit(pyTest, '    b = 2\n', '    b = 2\n    assert a == 1\n')]
    expect(checkTestWeakening(edits)).toEqual({ ok: true })
  })

  it('leaves source files to the source rules (skip and sleep words are not test code there)', () => {
    expect(checkTestWeakening([edit('src/stream.js', 'reader.next()', 'reader.skip(1); await sleep(100)')])).toEqual({ ok: true })
  })
})

describe('checkTestWeakening on hostile text', () => {
  it.each([
    { name: 'one long identifier', text: 'a'.repeat(199_000) },
    { name: 'dotted names', text: 'a.'.repeat(99_000) },
    { name: 'repeated timeout words', text: 'timeout'.repeat(28_000) },
    { name: 'blank lines', text: '\n'.repeat(199_000) },
    { name: 'spaces after #', text: `#${' '.repeat(199_000)}` },
  ])('stays fast on $name', ({ text }) => {
    const started = performance.now()
    checkTestWeakening([edit('tests/test_x.py', text, `${text}x`), edit('setup.cfg', text, `${text}x`)])
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
