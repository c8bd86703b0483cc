/**
 * Just enough XML for the package parts that ExcelJS does not write or read
 * (tables, charts, drawings, defined names). The parts are small and produced
 * by spreadsheet programs, so a few regular expressions over well-formed XML
 * serve; no general XML parser is needed.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] as string;
  });
}

/** Whether a text holds a control character (tabs and line breaks included) or a "_x" that may begin an escape. */
function needsXstringEscape(text: string): boolean {
  if (text.includes('_x')) return true;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * SpreadsheetML escapes characters that XML cannot hold (control
 * characters) or that attributes would normalise away (line breaks in a
 * table column name) as _xHHHH_, and a literal "_xHHHH_" as _x005F_xHHHH_ so
 * that it is not read as an escape. Cell text keeps tabs and line breaks.
 */
export function encodeXstring(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  // Nearly every text has nothing to escape; it is returned as it is, without the scan.
  if (!needsXstringEscape(text)) return text;
  const escaped = text.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1');
  return Array.from(escaped, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 || (options.keepLineBreaks && (ch === '\t' || ch === '\n' || ch === '\r'))) return ch;
    return `_x${code.toString(16).padStart(4, '0').toUpperCase()}_`;
  }).join('');
}

export function decodeXstring(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface XmlElement {
  /** Attributes by their qualified name (e.g. "r:id"), values unescaped. */
  attributes: Record<string, string>;
  /** The raw (still escaped) content between the tags; empty for a self-closing element. */
  inner: string;
}

/** Every element with this local name, whatever its namespace prefix; not for elements nested in themselves. */
export function findElements(xml: string, localName: string): XmlElement[] {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>`, 'g');
  const elements: XmlElement[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    const attributes = parseAttributes(match[1] ?? '');
    if (match[2] === '/') {
      elements.push({ attributes, inner: '' });
      continue;
    }
    const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${localName}\\s*>`, 'g');
    close.lastIndex = pattern.lastIndex;
    const end = close.exec(xml);
    const innerEnd = end ? end.index : xml.length;
    elements.push({ attributes, inner: xml.slice(pattern.lastIndex, innerEnd) });
  }
  return elements;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    attributes[match[1] as string] = unescapeXml(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** Serialises attributes, skipping undefined values. */
export function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
