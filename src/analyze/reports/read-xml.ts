import { XMLParser } from 'fast-xml-parser'

/**
 * Report XML → a tree of plain objects, parsed by fast-xml-parser and never by regexes.
 *
 * Safety: entity processing is off, so no DOCTYPE entity is ever expanded (a billion-laughs
 * document stays a few bytes of literal `&lol9;`), and only the five predefined entities and
 * character references are decoded, by us. The parser is a single pass (a 50 MB attribute costs
 * about 0.1 s); its validator is not used because it takes seconds on such input.
 */
export type XmlElement = Record<string, unknown>

const attributesKey = '@'
const textKey = '#text'
export const commentKey = '#comment'

// Elements that may repeat; listing them keeps one shape whether a report has one or many.
const repeatedElements = new Set(['testsuite', 'testcase', 'failure', 'error', commentKey])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributesGroupName: attributesKey,
  attributeNamePrefix: '',
  textNodeName: textKey,
  commentPropName: commentKey,
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => repeatedElements.has(name),
  tagValueProcessor: (_name, value) => decodeXmlEntities(value),
  attributeValueProcessor: (_name, value) => decodeXmlEntities(value),
})

/** The document's root element; throws (with the parser's reason) on XML it cannot read. */
export function readXml(content: string): { name: string; element: XmlElement; isComplete: boolean } {
  const document: unknown = parser.parse(content)
  if (!isXmlElement(document)) throw new Error('no root element')
  const name = Object.keys(document).find((key) => !key.startsWith('#') && !key.startsWith('?'))
  if (name === undefined) throw new Error('no root element')
  const element = childElements(document, name)[0] ?? {}
  return { name, element, isComplete: isRootClosed(content, name) }
}

/**
 * fast-xml-parser returns what it has when a document stops early (a truncated upload, a job
 * killed mid-write); the last tag tells whether the root element was closed.
 */
function isRootClosed(content: string, rootName: string): boolean {
  const lastTag = content.slice(content.lastIndexOf('<')).replace(/\s+/g, '')
  if (lastTag === `</${rootName}>` || lastTag.endsWith('-->')) return true
  return lastTag.startsWith(`<${rootName}`) && lastTag.endsWith('/>')
}

const predefinedEntities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }

/** The five predefined entities and `&#10;` / `&#x41;`; any other `&name;` stays as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{2,4});/g, (entity, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
    }
    return predefinedEntities[body] ?? entity
  })
}

export function isXmlElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Children named `name`; an empty element without attributes arrives as a string. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  const value = element[name]
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return values.map((child) => (isXmlElement(child) ? child : { [textKey]: typeof child === 'string' ? child : '' }))
}

export function attributeOf(element: XmlElement, name: string): string | undefined {
  const attributes = element[attributesKey]
  if (!isXmlElement(attributes)) return undefined
  const value = attributes[name]
  return typeof value === 'string' ? value : undefined
}

export function textOf(element: XmlElement): string {
  const value = element[textKey]
  return typeof value === 'string' ? value : ''
}

export function commentsOf(element: XmlElement): string[] {
  return childElements(element, commentKey).map((comment) => textOf(comment).trim())
}
