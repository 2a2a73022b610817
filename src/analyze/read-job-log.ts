import { open } from 'node:fs/promises'
import { JobLogScanner, defaultScanLimits, type JobLog, type ScanLimits } from './scan-job-log.js'

const blockBytes = 4 * 1024 * 1024

/**
 * Streams a job log file through the scanner in line-aligned blocks of one reused buffer:
 * memory stays flat for a 2 GB log. A line longer than a block is cut at the block's end.
 */
export async function readJobLog(path: string, job: string, limits: ScanLimits = defaultScanLimits): Promise<JobLog> {
  const scanner = new JobLogScanner(job, limits)
  const file = await open(path, 'r')
  try {
    const block = Buffer.allocUnsafe(blockBytes)
    let carried = 0
    for (;;) {
      const { bytesRead } = await file.read(block, carried, block.length - carried, null)
      const filled = carried + bytesRead
      if (bytesRead === 0) {
        if (filled > 0) scanner.scan(block, filled)
        break
      }
      const lastNewline = block.lastIndexOf(0x0a, filled - 1)
      const cut = lastNewline === -1 ? filled : lastNewline + 1
      scanner.scan(block, cut)
      carried = filled - cut
      if (carried > 0) block.copy(block, 0, cut, filled)
    }
  } finally {
    await file.close()
  }
  return scanner.finish()
}
