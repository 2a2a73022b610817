import { describe, expect, it } from 'vitest'
import { readPythonTraceback } from '../../../src/analyze/reports/python-traceback.js'

const rows = [
  {
    name: 'long style: the location line names the raised type',
    lines: [
      'def test_issue():',
      '>       tok = issue(42)',
      '',
      'tests/test_tokens.py:7: ',
      '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _',
      '>       return SessionToken(user_id, value, _dt.datetime.utcnow() + ttl)',
      'E       DeprecationWarning: datetime.datetime.utcnow() is deprecated',
      '',
      'tokenstore/tokens.py:27: DeprecationWarning',
    ],
    expected: {
      message: 'DeprecationWarning: datetime.datetime.utcnow() is deprecated',
      errorType: 'DeprecationWarning',
      file: 'tokenstore/tokens.py',
      line: 27,
      frames: [
        { file: 'tests/test_tokens.py', line: 7 },
        { file: 'tokenstore/tokens.py', line: 27 },
      ],
    },
  },
  {
    name: 'a bare assert takes the type of its location line',
    lines: ['>       assert p.pages == 3', 'E       assert 2 == 3', 'E        +  where 2 = Page().pages', '', 'tests/test_page.py:14: AssertionError'],
    expected: { message: 'AssertionError: assert 2 == 3', errorType: 'AssertionError', file: 'tests/test_page.py', line: 14 },
  },
  {
    name: 'short style, deepest project frame before the stdlib',
    lines: [
      'tests/test_worker.py:12: in test_drains_queue',
      '    assert w.run_until_empty(idle_polls=3) == 5',
      'mailqueue/worker.py:20: in run_until_empty',
      '    msg = self.q.get(timeout=self.poll_interval)',
      '/usr/lib/python3.11/queue.py:180: in get',
      '    self.not_empty.wait(remaining)',
      'E   Failed: Timeout >1.0s',
    ],
    expected: {
      message: 'Failed: Timeout >1.0s',
      errorType: 'Failed',
      file: 'mailqueue/worker.py',
      line: 20,
      frames: [
        { file: 'tests/test_worker.py', line: 12 },
        { file: 'mailqueue/worker.py', line: 20 },
        { file: '/usr/lib/python3.11/queue.py', line: 180 },
      ],
    },
  },
  {
    name: 'a qualified exception matches the short name on the location line',
    lines: [
      'billing/models.py:24: in to_payload',
      'E       pydantic.warnings.PydanticDeprecatedSince20: The `dict` method is deprecated',
      '',
      '/opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/site-packages/pydantic/main.py:1333: PydanticDeprecatedSince20',
    ],
    expected: {
      message: 'pydantic.warnings.PydanticDeprecatedSince20: The `dict` method is deprecated',
      errorType: 'pydantic.warnings.PydanticDeprecatedSince20',
      file: 'billing/models.py',
      line: 24,
    },
  },
  {
    name: 'a chained exception: the last E block is the final exception',
    lines: [
      'app/config.py:10: in load',
      'E   KeyError: \'PORT\'',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'app/config.py:12: in load',
      'E   RuntimeError: PORT is not set',
    ],
    expected: { message: 'RuntimeError: PORT is not set', errorType: 'RuntimeError', file: 'app/config.py', line: 12 },
  },
  {
    name: 'runner paths, Windows paths and frozen modules',
    lines: [
      '/home/runner/work/shop/shop/tests/test_cart.py:5: in test_total',
      'D:\\a\\shop\\shop\\shop\\cart.py:9: in total',
      '<frozen importlib._bootstrap>:1229: in _handle_fromlist',
      'E   ValueError: negative',
    ],
    expected: {
      file: 'shop/cart.py',
      line: 9,
      frames: [
        { file: 'tests/test_cart.py', line: 5 },
        { file: 'shop/cart.py', line: 9 },
        { file: '<frozen importlib._bootstrap>', line: 1229 },
      ],
    },
  },
  {
    name: "CPython's own traceback",
    lines: [
      'Traceback (most recent call last):',
      '  File "/home/runner/work/cli/cli/cli/main.py", line 3, in <module>',
      '    import yaml',
      "ModuleNotFoundError: No module named 'yaml'",
    ],
    expected: {
      message: "ModuleNotFoundError: No module named 'yaml'",
      errorType: 'ModuleNotFoundError',
      file: 'cli/main.py',
      line: 3,
    },
  },
]

describe('readPythonTraceback', () => {
  it.each(rows)('$name', ({ lines, expected }) => {
    expect(readPythonTraceback(lines)).toMatchObject(expected)
  })

  it('says nothing of text without a traceback', () => {
    expect(readPythonTraceback(['collection failure', 'nothing else'])).toEqual({ frames: [] })
  })
})
