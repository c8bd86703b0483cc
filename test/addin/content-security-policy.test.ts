// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require('../../src/taskpane/content-security-policy.js') as {
  OFFICE_SCRIPT_HOST: string;
  contentSecurityPolicy(options?: { devServerOrigin?: string }): string;
  contentSecurityPolicyHeader(options?: { devServerOrigin?: string }): string;
};
const { OFFICE_SCRIPT_HOST, contentSecurityPolicy, contentSecurityPolicyHeader } = csp;

/** A policy as directive name → its sources. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name)).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

describe('the task pane Content-Security-Policy', () => {
  const meta = parse(contentSecurityPolicy());
  const header = parse(contentSecurityPolicyHeader());
  const dev = parse(contentSecurityPolicyHeader({ devServerOrigin: 'https://localhost:3000' }));

  test('scripts come only from the pane itself and Microsoft’s Office script host', () => {
    expect(OFFICE_SCRIPT_HOST).toBe('https://appsforoffice.microsoft.com');
    for (const policy of [meta, header, dev]) {
      expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    }
  });

  test('nothing may be evaluated from strings, and only styles may be inline', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicyHeader(), contentSecurityPolicyHeader({ devServerOrigin: 'https://localhost:3000' })]) {
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toContain("'wasm-unsafe-eval'");
      const inline = [...parse(policy)].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
      expect(inline).toEqual(['style-src']); // Fluent UI (Griffel) inserts <style> elements at run time
    }
  });

  test('everything else is the pane’s own origin', () => {
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('connect-src')).toEqual(["'self'"]);
    expect(meta.get('img-src')).toEqual(["'self'", 'data:']);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'self'"]);
    const wildcards = [...meta].filter(([, sources]) => sources.some((source) => source.includes('*')));
    expect(wildcards).toEqual([]);
  });

  test('frame-ancestors is in the response header only: a meta tag cannot carry it', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    const ancestors = header.get('frame-ancestors') ?? [];
    expect(ancestors[0]).toBe("'self'");
    expect(ancestors.slice(1).every((source) => source.startsWith('https://'))).toBe(true);
    expect([...header].filter(([name]) => name !== 'frame-ancestors')).toEqual([...meta]);
  });

  test('the dev server adds only its own web socket (live reload)', () => {
    expect(dev.get('connect-src')).toEqual(["'self'", 'wss://localhost:3000']);
    const devWithoutSocket = [...dev].map(([name, sources]) => [name, sources.filter((s) => s !== 'wss://localhost:3000')]);
    expect(devWithoutSocket).toEqual([...header]);
  });
});
