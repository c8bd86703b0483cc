import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import type { PaneLanguage } from '../../../src/taskpane/display-language';
import { FakeLiveWorkbook, type FakeOptions } from './fake-live-workbook';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one (every web view Office uses has it).
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: NoResizeObserver });
}

// Whole flows through Fluent in jsdom take a few seconds each when the workers are busy
// (reading the example's workbook back lays it out), so waits get more time than the default second.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

/** The pane as index.tsx renders it, over an in-memory workbook. */
export function renderPane(options: FakeOptions | FakeLiveWorkbook = {}, language: PaneLanguage = 'fi') {
  const live = options instanceof FakeLiveWorkbook ? options : new FakeLiveWorkbook(options);
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} live={live} />
    </FluentProvider>,
  );
  return { live, user, ...view };
}
