// usage: npm run release -- 1.2.3
// Checks a clean tree and an up-to-date dist/, bumps package.json, commits, tags v1.2.3, moves v1
// locally, and prints the push command. See docs/releasing.md.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { prepareRelease } from './prepare-release.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const [version] = process.argv.slice(2)

if (!version) {
  process.stderr.write('usage: npm run release -- MAJOR.MINOR.PATCH (e.g. npm run release -- 1.2.3)\n')
  process.exit(2)
}

try {
  const release = await prepareRelease({
    cwd: root,
    version,
    build: async () => {
      process.stdout.write('Rebuilding dist/ (npm run build)…\n')
      await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    },
  })
  process.stdout.write(`${release.lines.join('\n')}\n`)
} catch (error) {
  // A ReleaseError's message says what to do; anything else (git missing, a failed build) is shown as is.
  process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
