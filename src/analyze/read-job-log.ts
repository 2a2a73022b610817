import { open } from 'node:fs/promises'
import { JobLogScanner, defaultScanLimits, type JobLog, type ScanLimits } from './scan-job-log.js'

const blockBytes = 4 * 1024 * 1024

/**
 * Streams a job log file through the scanner in line-aligned blocks: memory stays flat for a
 * 2 GB log. Two buffers take turns, so the next block is read while this one is scanned. A line
 * longer than a block is cut at the block's end.
 */
export async function readJobLog(path: string, job: string, limits: ScanLimits = defaultScanLimits): Promise<JobLog> {
  const scanner = new JobLogScanner(job, limits)
  const file = await open(path, 'r')
  try {
    let current = Buffer.allocUnsafe(blockBytes)
    let spare = Buffer.allocUnsafe(blockBytes)
    let carried = 0
    let reading = file.read(current, 0, blockBytes, null)
    for (;;) {
      const { bytesRead } = await reading
      const filled = carried + bytesRead
      if (bytesRead === 0) {
        if (filled > 0) scanner.scan(current, filled)
        break
      }
      const lastNewline = current.lastIndexOf(0x0a, filled - 1)
      const cut = lastNewline === -1 ? filled : lastNewline + 1
      // The partial last line opens the next block, which is read while this one is scanned.
      carried = filled - cut
      current.copy(spare, 0, cut, filled)
      reading = file.read(spare, carried, blockBytes - carried, null)
      scanner.scan(current, cut)
      ;[current, spare] = [spare, current]
    }
  } finally {
    await file.close()
  }
  return scanner.finish()
}
