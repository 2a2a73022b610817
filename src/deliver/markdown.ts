import { redactSecrets } from '../fix/redact-secrets.js'

/**
 * Markdown pieces for bodies that hold untrusted text (logs, the model's words, paths from logs).
 * Such text is redacted, then fenced: a fence longer than any backtick run inside cannot be closed
 * early, so nothing in it becomes a heading, a link, a mention or an image.
 */

/** GitHub refuses a pull request or issue body longer than this. */
export const maxBodyLength = 65_536

function longestBacktickRun(text: string): number {
  return [...text.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length), 0)
}

/**
 * A hidden ledger marker (`<!-- autoheal: … -->`) is found by searching bodies; one copied from a
 * log into a fence must not be read as ours, so `<!--` in untrusted text gets a zero-width space.
 */
function defuseMarkers(text: string): string {
  return text.replace(/<!--/g, '<!-\u200b-')
}

/** Untrusted text as it may appear anywhere in a body: secrets out, markers defused. */
export function cleanUntrusted(text: string): string {
  return defuseMarkers(redactSecrets(text))
}

/** A fenced block of untrusted text, e.g. `fenceUntrusted(log, 'text')` or `fenceUntrusted(patch, 'diff')`. */
export function fenceUntrusted(text: string, language: 'text' | 'diff' | 'json'): string {
  const clean = cleanUntrusted(text).replace(/\n+$/, '')
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(clean) + 1))
  return `${fence}${language}\n${clean}\n${fence}`
}

/** One line of untrusted text (a path, a test id) as inline code. */
export function inlineCode(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = cleanUntrusted(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()
  const ticks = '`'.repeat(longestBacktickRun(clean) + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${clean}${pad}${ticks}`
}

/**
 * Fills `{{slot}}`s in one pass, so a value that holds `{{…}}` is never expanded again; a slot the
 * template names but the caller did not fill is a bug, not an empty string. Runs of blank lines
 * left by empty optional sections collapse to one.
 */
export function fillTemplate(template: string, slots: Readonly<Record<string, string>>): string {
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(slots, name)) throw new Error(`template slot {{${name}}} has no value`)
    return slots[name]!
  })
  return `${filled.replace(/\n{3,}/g, '\n\n').trim()}\n`
}

/** A part of a body that may be shortened to fit the limit, in the order parts are cut. */
export interface CuttablePart {
  slot: string
  /** The raw text, before redaction and fencing. */
  text: string
  /** Which end survives a cut: the end of a log holds the error, the start of a patch its first files. */
  keep: 'start' | 'end'
  /** Renders the (maybe shortened) text into the slot; `cut` says whether it was shortened. */
  render: (text: string, cut: boolean) => string
}

// Room for the note and a longer fence that a cut may need.
const cutMarginChars = 400

/**
 * The body within GitHub's limit: cuttable parts are shortened in order (the log excerpt first),
 * each saying so through `render(…, true)`. The marker, at the end, is never cut: a body missing
 * its marker is a spend the ledger would not see.
 */
export function renderWithinLimit(
  template: string,
  slots: Readonly<Record<string, string>>,
  cuttable: readonly CuttablePart[],
  maxLength: number = maxBodyLength,
): string {
  const texts = new Map(cuttable.map((part) => [part.slot, part.text]))
  const cut = new Set<string>()
  const render = (): string =>
    fillTemplate(template, {
      ...slots,
      ...Object.fromEntries(cuttable.map((part) => [part.slot, part.render(texts.get(part.slot)!, cut.has(part.slot))])),
    })
  let body = render()
  for (const part of cuttable) {
    if (body.length <= maxLength) return body
    const text = texts.get(part.slot)!
    const keepChars = Math.max(0, text.length - (body.length - maxLength) - cutMarginChars)
    texts.set(part.slot, part.keep === 'end' ? text.slice(text.length - keepChars) : text.slice(0, keepChars))
    cut.add(part.slot)
    body = render()
  }
  return body.length <= maxLength ? body : hardCut(body, slots, maxLength)
}

/** Last resort when fixed parts alone overflow: cut before the marker, keep the marker. */
function hardCut(body: string, slots: Readonly<Record<string, string>>, maxLength: number): string {
  const marker = slots['ledger_marker'] ?? ''
  const note = '\n\n*(cut to fit GitHub\'s 65,536-character limit)*\n\n'
  const head = body.slice(0, Math.max(0, maxLength - marker.length - note.length - 1))
  return `${head}${note}${marker}\n`.slice(0, maxLength)
}
