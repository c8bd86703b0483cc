/**
 * One spelling of a SpreadsheetML part for ExcelJS. XML lets a producer
 * bind the SpreadsheetML namespace to any prefix (the Open XML SDK writes
 * <x:worksheet>, others the default namespace) and the relationships
 * namespace to any prefix; ExcelJS matches element names as written, so it
 * silently reads nothing from <x:c> and stumbles on prefixes it does not
 * expect. Here every element of the part's namespace loses its prefix and
 * every relationships attribute gets "r:", which is how Excel spells them.
 * Children of the root that the reader does not need can be left out with
 * all they hold.
 */

export const NAMESPACES = {
  spreadsheet: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

export interface CanonicalOptions {
  /** The namespace whose elements are written without a prefix. */
  namespace: string;
  /** Local names of the root's children that are kept; without it, all are kept. */
  keep?: ReadonlySet<string>;
  /**
   * A kept element's attributes (already in canonical spelling), changed,
   * or null to leave the element out with all it holds. Depth 1 is a child of the root.
   */
  element?: (localName: string, attributes: string, depth: number) => string | null;
}

// A comment, CDATA, processing instruction, declaration, end tag or start tag.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!(?:[^>"']|"[^"]*"|'[^']*')*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const DECLARATION = /\bxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ATTRIBUTE = /(\s+)([^\s=]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

export function canonicalXml(xml: string, options: CanonicalOptions): string {
  // Prefixes are learnt from the declarations as the tags come; a declaration comes before its use.
  const main = new Set<string>();
  const relationships = new Set<string>();
  const declare = (attributeText: string): void => {
    DECLARATION.lastIndex = 0;
    let declaration: RegExpExecArray | null;
    while ((declaration = DECLARATION.exec(attributeText)) !== null) {
      const uri = declaration[2] ?? declaration[3] ?? '';
      const prefix = declaration[1] ?? '';
      if (uri === options.namespace) main.add(prefix);
      else main.delete(prefix);
      if (uri === NAMESPACES.relationships) relationships.add(prefix);
    }
  };
  const renamed = (qualified: string): string => {
    const colon = qualified.indexOf(':');
    if (colon < 0) return qualified;
    return main.has(qualified.slice(0, colon)) ? qualified.slice(colon + 1) : qualified;
  };
  const canonicalAttributes = (text: string, root: boolean): string => {
    let out = text;
    if (text.includes(':') || root) {
      out = text.replace(ATTRIBUTE, (whole, space: string, name: string, equals: string, value: string) => {
        const unquoted = value.slice(1, -1);
        if (name === 'xmlns') return root ? '' : whole;
        if (name.startsWith('xmlns:')) {
          if (unquoted === options.namespace) return '';
          if (unquoted === NAMESPACES.relationships) return root ? '' : `${space}xmlns:r${equals}${value}`;
          return whole;
        }
        const colon = name.indexOf(':');
        if (colon < 0) return whole;
        const prefix = name.slice(0, colon);
        if (relationships.has(prefix)) return `${space}r:${name.slice(colon + 1)}${equals}${value}`;
        if (main.has(prefix)) return `${space}${name.slice(colon + 1)}${equals}${value}`;
        return whole;
      });
    }
    if (root) out = ` xmlns="${options.namespace}" xmlns:r="${NAMESPACES.relationships}"${out}`;
    return out;
  };

  const out: string[] = [];
  let depth = -1;
  /** While an element is being left out: the depth of its start tag. */
  let skipping: number | null = null;
  let last = 0;
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(xml)) !== null) {
    if (skipping === null) out.push(xml.slice(last, match.index));
    last = TOKEN.lastIndex;
    const [token, endName, startName, attributeText = '', selfClosing] = match;
    if (endName !== undefined) {
      if (skipping === null) out.push(`</${renamed(endName)}>`);
      if (skipping === depth) skipping = null;
      depth -= 1;
      continue;
    }
    if (startName === undefined) {
      // CDATA and the XML declaration are kept; comments, other processing instructions and declarations are not.
      if (skipping === null && (token.startsWith('<![CDATA[') || token.startsWith('<?xml'))) out.push(token);
      continue;
    }
    depth += 1;
    const closes = selfClosing === '/';
    if (skipping === null) {
      if (attributeText.includes('xmlns')) declare(attributeText);
      const name = renamed(startName);
      const local = name.slice(name.indexOf(':') + 1);
      let attributes: string | null = canonicalAttributes(attributeText, depth === 0);
      if (depth === 1 && options.keep && !options.keep.has(local)) attributes = null;
      else if (options.element && depth > 0) attributes = options.element(local, attributes, depth);
      if (attributes === null) {
        if (!closes) skipping = depth;
      } else {
        out.push(`<${name}${attributes}${closes ? '/' : ''}>`);
      }
    }
    if (closes) depth -= 1;
  }
  if (skipping === null) out.push(xml.slice(last));
  return out.join('');
}
