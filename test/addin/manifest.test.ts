import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MANIFEST, REPO, attributeValues, count, el, text, validateManifest } from './xmllint';

// webpack.config.js is CommonJS; its helpers are exported beside the config.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as {
  DEV_URL: string;
  productionManifest(xml: string, productionUrl?: string): string;
  normaliseBaseUrl(url: string): string;
};
const { DEV_URL, productionManifest, normaliseBaseUrl } = webpackConfig;

const manifestXml = fs.readFileSync(MANIFEST, 'utf8');
const RESOURCES = `//${el('VersionOverrides')}/${el('Resources')}`;

function withTempFile<T>(name: string, content: string, use: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plansheets-manifest-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Width and height from a PNG's IHDR chunk; throws unless the file is a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} does not start with IHDR`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ that a manifest URL on the dev origin points at. */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(REPO, url.slice(DEV_URL.length));
}

describe('manifest.xml against the schema', () => {
  test('is valid against the vendored add-in manifest XSD (xmllint, offline)', () => {
    const { ok, messages } = validateManifest(MANIFEST);
    expect(messages).toMatch(/validates/);
    expect(ok).toBe(true);
  });

  test('the schema check bites: without <Permissions> the manifest is rejected', () => {
    const broken = manifestXml.replace(/\s*<Permissions>[^<]*<\/Permissions>/, '');
    expect(broken).not.toBe(manifestXml);
    const { ok, messages } = withTempFile('manifest.xml', broken, validateManifest);
    expect(ok).toBe(false);
    expect(messages).toMatch(/Permissions/);
  });
});

describe('manifest.xml identity and requirements', () => {
  test('its Id is a GUID', () => {
    expect(text(MANIFEST, `/${el('OfficeApp')}/${el('Id')}`)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test('its Version is package.json version with a fourth part', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(text(MANIFEST, `/${el('OfficeApp')}/${el('Version')}`)).toBe(`${pkg.version}.0`);
  });

  test('it is a task pane add-in for workbooks by PlanSheets, called PlanSheets', () => {
    expect(manifestXml).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(text(MANIFEST, `/${el('OfficeApp')}/${el('ProviderName')}`)).toBe('PlanSheets');
    expect(attributeValues(MANIFEST, `/${el('OfficeApp')}/${el('DisplayName')}/@DefaultValue`)).toEqual(['PlanSheets']);
    expect(attributeValues(MANIFEST, `/${el('OfficeApp')}/${el('Hosts')}/${el('Host')}/@Name`)).toEqual(['Workbook']);
  });

  test('Permissions is ReadWriteDocument', () => {
    expect(text(MANIFEST, `/${el('OfficeApp')}/${el('Permissions')}`)).toBe('ReadWriteDocument');
  });

  test('it requires ExcelApi 1.9, the adapter minimum, and nothing else', () => {
    const sets = `/${el('OfficeApp')}/${el('Requirements')}/${el('Sets')}/${el('Set')}`;
    expect(attributeValues(MANIFEST, `${sets}/@Name`)).toEqual(['ExcelApi']);
    expect(attributeValues(MANIFEST, `${sets}/@MinVersion`)).toEqual(['1.9']);
  });

  test('one Home-tab button shows the task pane ButtonId1 at the page DefaultSettings names', () => {
    const tab = `//${el('ExtensionPoint')}[@*[local-name()='type']='PrimaryCommandSurface']/${el('OfficeTab')}`;
    expect(attributeValues(MANIFEST, `${tab}/@id`)).toEqual(['TabHome']);
    const actions = `${tab}/${el('Group')}/${el('Control')}/${el('Action')}`;
    expect(count(MANIFEST, actions)).toBe(1);
    expect(attributeValues(MANIFEST, `${actions}/@*[local-name()='type']`)).toEqual(['ShowTaskpane']);
    expect(text(MANIFEST, `${actions}/${el('TaskpaneId')}`)).toBe('ButtonId1');
    const [resid] = attributeValues(MANIFEST, `${actions}/${el('SourceLocation')}/@resid`);
    const paneUrl = attributeValues(MANIFEST, `${RESOURCES}/${el('Urls')}/${el('Url')}[@id='${resid}']/@DefaultValue`);
    const defaultPage = attributeValues(MANIFEST, `/${el('OfficeApp')}/${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue`);
    expect(paneUrl).toEqual([`${DEV_URL}taskpane.html`]);
    expect(defaultPage).toEqual(paneUrl);
  });
});

describe('manifest.xml resources', () => {
  const used = [...new Set(attributeValues(MANIFEST, '//@resid'))].sort();
  const defined = attributeValues(MANIFEST, `${RESOURCES}/*/*/@id`);

  test('resource ids are unique', () => {
    expect(defined.length).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
  });

  test('every resid used is defined in <Resources>', () => {
    expect(used.filter((id) => !defined.includes(id))).toEqual([]);
  });

  test('every resource defined is used', () => {
    expect(defined.filter((id) => !used.includes(id))).toEqual([]);
  });

  test('the default locale is fi-FI', () => {
    expect(text(MANIFEST, `/${el('OfficeApp')}/${el('DefaultLocale')}`)).toBe('fi-FI');
  });

  // Every localised string: DisplayName, Description and every short and long string resource.
  const strings: { name: string; element: string }[] = [
    { name: 'DisplayName', element: `/${el('OfficeApp')}/${el('DisplayName')}` },
    { name: 'Description', element: `/${el('OfficeApp')}/${el('Description')}` },
    ...attributeValues(MANIFEST, `${RESOURCES}/*/${el('String')}/@id`).map((id) => ({
      name: id,
      element: `${RESOURCES}/*/${el('String')}[@id='${id}']`,
    })),
  ];

  test('there are string resources to check', () => {
    expect(strings.length).toBeGreaterThanOrEqual(7);
  });

  test.each(strings)('$name has en-US, sv-FI and sv-SE overrides (the same Swedish), none for the default locale, and no empty text', ({ element }) => {
    const [fi] = attributeValues(MANIFEST, `${element}/@DefaultValue`);
    const locales = attributeValues(MANIFEST, `${element}/${el('Override')}/@Locale`);
    const [en] = attributeValues(MANIFEST, `${element}/${el('Override')}[@Locale='en-US']/@Value`);
    const [svFi] = attributeValues(MANIFEST, `${element}/${el('Override')}[@Locale='sv-FI']/@Value`);
    const [svSe] = attributeValues(MANIFEST, `${element}/${el('Override')}[@Locale='sv-SE']/@Value`);
    expect(locales).toEqual(['en-US', 'sv-FI', 'sv-SE']);
    expect(fi?.trim()).toBeTruthy();
    expect(en?.trim()).toBeTruthy();
    expect(svFi?.trim()).toBeTruthy();
    expect(svSe).toBe(svFi);
  });

  test('the descriptions say what PlanSheets is for, in Finnish, English and Swedish', () => {
    const description = `/${el('OfficeApp')}/${el('Description')}`;
    const [fi] = attributeValues(MANIFEST, `${description}/@DefaultValue`);
    const [en] = attributeValues(MANIFEST, `${description}/${el('Override')}[@Locale='en-US']/@Value`);
    const [sv] = attributeValues(MANIFEST, `${description}/${el('Override')}[@Locale='sv-FI']/@Value`);
    expect(fi).toMatch(/toimintasuunnitelman ja talousarvion/);
    expect(en).toMatch(/action plan and budget/);
    expect(sv).toMatch(/verksamhetsplan och budget/);
  });
});

describe('manifest.xml URLs and icons', () => {
  const urlAttributes = attributeValues(MANIFEST, "//@*[starts-with(., 'http')]");
  const urlTexts = manifestXml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s[\w:]+="[^"]*"/g, '')
    .match(/https?:\/\/[^\s<]+/g) ?? [];

  test('every URL is on the one dev origin', () => {
    expect(urlAttributes.length).toBeGreaterThanOrEqual(9);
    expect([...urlAttributes, ...urlTexts].filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  test('it needs no AppDomains: everything is on the one origin', () => {
    expect(count(MANIFEST, `//${el('AppDomain')}`)).toBe(0);
  });

  test('every URL on the origin is a page or file the build emits', () => {
    const paths = [...new Set(urlAttributes.map((url) => url.slice(DEV_URL.length)))].sort();
    expect(paths).toEqual([
      'assets/icon-128.png',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'support.html',
      'taskpane.html',
    ]);
  });

  test('IconUrl is 64 px and HighResolutionIconUrl 128 px, as their PNG headers say', () => {
    const [icon] = attributeValues(MANIFEST, `/${el('OfficeApp')}/${el('IconUrl')}/@DefaultValue`);
    const [highRes] = attributeValues(MANIFEST, `/${el('OfficeApp')}/${el('HighResolutionIconUrl')}/@DefaultValue`);
    expect(pngSize(assetFile(icon ?? ''))).toEqual({ width: 64, height: 64 });
    expect(pngSize(assetFile(highRes ?? ''))).toEqual({ width: 128, height: 128 });
  });

  test('every ribbon icon is a PNG of exactly the size it is used at', () => {
    const sizes = attributeValues(MANIFEST, `//${el('Icon')}/${el('Image')}/@size`);
    const resids = attributeValues(MANIFEST, `//${el('Icon')}/${el('Image')}/@resid`);
    expect(sizes.length).toBe(resids.length);
    expect([...new Set(sizes)].sort()).toEqual(['16', '32', '80']);
    resids.forEach((resid, i) => {
      const [url] = attributeValues(MANIFEST, `${RESOURCES}/${el('Images')}/${el('Image')}[@id='${resid}']/@DefaultValue`);
      const size = Number(sizes[i]);
      expect({ resid, ...pngSize(assetFile(url ?? '')) }).toEqual({ resid, width: size, height: size });
    });
  });

  test('the committed icons are what scripts/make-icons.js draws', () => {
    const result = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'make-icons.js'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the production manifest', () => {
  const production = 'https://plansheets.example.fi/addin/';
  const transformed = productionManifest(manifestXml, production);

  test('has every dev URL replaced by the production base URL', () => {
    expect(transformed).not.toContain('localhost');
    expect(transformed).not.toContain(DEV_URL);
    const before = manifestXml.split(DEV_URL).length - 1;
    expect(before).toBeGreaterThanOrEqual(9);
    expect(transformed.split(production).length - 1).toBe(before);
    expect(transformed.replaceAll(production, DEV_URL)).toBe(manifestXml);
  });

  test('is still valid against the schema', () => {
    const { ok, messages } = withTempFile('manifest.xml', transformed, validateManifest);
    expect(messages).toMatch(/validates/);
    expect(ok).toBe(true);
  });

  test('adds the trailing slash a base URL needs', () => {
    expect(productionManifest(manifestXml, 'https://plansheets.example.fi')).toContain(
      'DefaultValue="https://plansheets.example.fi/taskpane.html"',
    );
  });

  test('refuses a production URL that Office cannot load or that is the dev origin', () => {
    expect(() => normaliseBaseUrl('http://plansheets.example.fi/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('plansheets.example.fi')).toThrow(/absolute https URL/);
    expect(() => normaliseBaseUrl('https://plansheets.example.fi/?x=1')).toThrow(/query/);
    expect(() => productionManifest(manifestXml, DEV_URL)).toThrow(/dev origin/);
  });
});
