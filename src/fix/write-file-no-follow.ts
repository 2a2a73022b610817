import { constants } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import { AutohealError } from '../errors.js'

/**
 * Writes a file that must not be a symbolic link: a link planted where a fix file or an edited
 * file goes would send the write elsewhere. O_NOFOLLOW closes the gap between the check and the
 * open where the platform has it.
 */
export async function writeFileNoFollow(destination: string, content: string, remedy: string): Promise<void> {
  const existing = await lstat(destination).catch(() => undefined)
  if (existing?.isSymbolicLink()) throw new AutohealError(`refusing to write through the symbolic link ${destination}`, remedy)
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0)
  const handle = await open(destination, flags, 0o644)
  try {
    await handle.writeFile(content, 'utf8')
  } finally {
    await handle.close()
  }
}
