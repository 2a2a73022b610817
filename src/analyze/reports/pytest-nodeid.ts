/**
 * pytest's JUnit names → pytest's own node id. pytest writes `classname` as the node id's path
 * with `/` → `.` and `.py` dropped, plus any test classes, and `name` as the last part:
 * `tests.test_x.TestClass` + `test_y` → `tests/test_x.py::TestClass::test_y`. A collection error
 * has an empty classname and the module as name: `tests.test_loader` → `tests/test_loader.py`.
 */
export function toPytestNodeid(classname: string, name: string, file?: string): string {
  if (classname === '') return toModulePath(name.split('.'))
  const parts = classname.split('.')
  // Test classes are CapWords, modules and packages lower case: the first capital starts the classes.
  const firstClass = parts.findIndex((part) => /^[A-Z]/.test(part))
  const moduleParts = firstClass === -1 ? parts : parts.slice(0, firstClass)
  const classes = firstClass === -1 ? [] : parts.slice(firstClass)
  // xunit1 reports carry the file itself, which also survives dots in folder names.
  const modulePath = file !== undefined && file.endsWith('.py') ? file.replaceAll('\\', '/') : toModulePath(moduleParts)
  return [modulePath, ...classes, name].join('::')
}

function toModulePath(parts: readonly string[]): string {
  return `${parts.join('/')}.py`
}
