/** Test files by the conventions of pytest, jest, vitest, mocha and node:test. */
const testFilePattern =
  /(?:^|\/)(?:tests?|__tests__|spec)\/|(?:^|\/)test_[^/]*\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)conftest\.py$/

export function isTestFile(path: string): boolean {
  return testFilePattern.test(path)
}
