import { firstSheetName, previewOptions } from '../../src/preview/preview-options';

test('Finnish Office, Finnish regional settings and a current Excel by default', () => {
  expect(previewOptions('')).toEqual({ displayLanguage: 'fi-FI', locale: 'fi-FI', profile: 'current', ignored: [] });
  expect(firstSheetName(previewOptions(''))).toBe('Taul1');
});

test('?lang=en is English Office; ?profile=excel2016 an Excel without the newer requirement sets', () => {
  expect(previewOptions('?lang=en&profile=excel2016')).toEqual({ displayLanguage: 'en-US', locale: 'fi-FI', profile: 'excel2016', ignored: [] });
  expect(previewOptions('?lang=en-GB').displayLanguage).toBe('en-US');
  expect(previewOptions('?lang=sv').displayLanguage).toBe('sv-SE');
  expect(previewOptions('?locale=en-us').locale).toBe('en-US');
  expect(firstSheetName(previewOptions('?lang=en'))).toBe('Sheet1');
});

test('values it does not know are listed and leave the default', () => {
  expect(previewOptions('?lang=de&profile=excel97&locale=xx')).toEqual({
    displayLanguage: 'fi-FI',
    locale: 'fi-FI',
    profile: 'current',
    ignored: ['lang=de', 'locale=xx', 'profile=excel97'],
  });
});
