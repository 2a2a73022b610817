/**
 * A GitHub-flavoured Markdown table for the job summary. Cells may hold text from pull requests
 * (titles, labels): a `|` would start a new column and a line break would end the row, so both are
 * neutralised here, once, rather than by every caller.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}
