import { paneLanguage } from '../../src/taskpane/display-language';
import { startInOffice, startupMessage, type OfficeStartupApi } from '../../src/taskpane/office-host';

describe('paneLanguage', () => {
  test.each([
    ['fi-FI', 'fi'],
    ['fi', 'fi'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['de-DE', 'fi'],
    ['', 'fi'],
    [undefined, 'fi'],
    [null, 'fi'],
  ] as const)('%p → %p', (displayLanguage, language) => {
    expect(paneLanguage(displayLanguage)).toBe(language);
  });
});

function office(onReady: OfficeStartupApi['onReady'], displayLanguage?: string): OfficeStartupApi {
  return { onReady, context: { displayLanguage } };
}

describe('startInOffice', () => {
  test('in Excel it starts the pane in Office’s display language', async () => {
    const ready = office(() => Promise.resolve({ host: 'Excel' }), 'en-US');
    await expect(startInOffice(ready, 'fi-FI')).resolves.toEqual({ kind: 'excel', language: 'en' });
  });

  test('it waits for Office.onReady before reading the display language', async () => {
    const host = { onReady: jest.fn(), context: null as { displayLanguage: string } | null };
    host.onReady.mockImplementation(() => {
      host.context = { displayLanguage: 'sv-FI' };
      return Promise.resolve({ host: 'Excel' });
    });
    await expect(startInOffice(host, 'en-US')).resolves.toEqual({ kind: 'excel', language: 'sv' });
    expect(host.onReady).toHaveBeenCalledTimes(1);
  });

  test('outside Excel (a browser tab, another Office app) it says so', async () => {
    await expect(startInOffice(office(() => Promise.resolve({ host: null })), 'fi-FI')).resolves.toEqual({
      kind: 'not-excel',
      language: 'fi',
      host: null,
    });
    await expect(startInOffice(office(() => Promise.resolve({ host: 'Word' }), 'en-US'))).resolves.toEqual({
      kind: 'not-excel',
      language: 'en',
      host: 'Word',
    });
  });

  test('a rejected Office.onReady is a failed start with its reason, not an exception', async () => {
    const failing = office(() => Promise.reject(new Error('host said no')), 'fi-FI');
    await expect(startInOffice(failing, 'en-US')).resolves.toEqual({ kind: 'failed', language: 'fi', reason: 'host said no' });
    const odd = office(() => Promise.reject({ code: 5001 }));
    await expect(startInOffice(odd, 'en-US')).resolves.toEqual({ kind: 'failed', language: 'en', reason: '{"code":5001}' });
  });

  test('without office.js (the CDN did not load) it fails in the browser’s language', async () => {
    await expect(startInOffice(undefined, 'en-GB')).resolves.toEqual({ kind: 'failed', language: 'en', reason: 'office.js did not load' });
    await expect(startInOffice(undefined)).resolves.toMatchObject({ kind: 'failed', language: 'fi' });
  });
});

describe('startupMessage', () => {
  test.each(['fi', 'en', 'sv'] as const)('says in %s why the pane cannot start, with the reason', (language) => {
    const failed = startupMessage({ kind: 'failed', language, reason: 'the reason' });
    expect(failed.title).toMatch(/PlanSheets/);
    expect(failed.body).toContain('the reason');
    const elsewhere = startupMessage({ kind: 'not-excel', language, host: null });
    expect(elsewhere.title).toMatch(/Excel/);
    expect(elsewhere.body).toBeTruthy();
  });

  test('the Finnish messages are Finnish', () => {
    expect(startupMessage({ kind: 'failed', language: 'fi', reason: 'x' }).title).toBe('PlanSheets ei käynnistynyt');
    expect(startupMessage({ kind: 'not-excel', language: 'fi', host: null }).title).toBe('PlanSheets toimii Excelissä');
  });
});
