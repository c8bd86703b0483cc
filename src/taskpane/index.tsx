// The task pane's bootstrap: wait for office.js, pick the language from
// Office's display language, and render the pane (or say why it cannot).
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { PaneLanguage } from './display-language';
import { reasonOf, startInOffice, startupMessage, type PaneStart, type StartupMessage } from './office-host';

function Notice({ message }: { message: StartupMessage }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle> {message.body}
      </MessageBarBody>
    </MessageBar>
  );
}

function render(root: Root, language: PaneLanguage, content: ReactNode) {
  document.documentElement.lang = language;
  root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

function show(root: Root, start: Exclude<PaneStart, { kind: 'excel' }>) {
  render(root, start.language, <Notice message={startupMessage(start)} />);
}

/**
 * The pane itself, with the core and the office-js adapter, is a chunk of
 * its own, loaded once office.js says this is Excel: the bootstrap stays
 * small and can always say why the pane did not start.
 */
async function showPane(root: Root, language: PaneLanguage) {
  try {
    const { App, openLiveWorkbook } = await import(/* webpackChunkName: "pane" */ './pane');
    const live = openLiveWorkbook(language);
    render(root, language, <App language={language} live={live} />);
  } catch (error) {
    console.error(error);
    show(root, { kind: 'failed', language, reason: reasonOf(error) });
  }
}

async function main() {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no element with id "root"');
  let language: PaneLanguage = 'fi';
  const root = createRoot(container, {
    // A render error that no error boundary caught: log it as React would, and say so in the pane.
    onUncaughtError(error, info) {
      console.error(error, info.componentStack);
      show(root, { kind: 'failed', language, reason: reasonOf(error) });
    },
  });
  const office = typeof Office === 'undefined' ? undefined : Office;
  const start = await startInOffice(office, navigator.language);
  language = start.language;
  if (start.kind === 'excel') await showPane(root, start.language);
  else show(root, start);
}

main().catch((error: unknown) => {
  console.error(error);
  const container = document.getElementById('root') ?? document.body;
  container.textContent = `PlanSheets ei käynnistynyt / did not start: ${reasonOf(error)}`;
});
