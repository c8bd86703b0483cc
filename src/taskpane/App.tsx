// Placeholder so the shell builds: the pane's real App replaces this file.
import { Title1 } from '@fluentui/react-components';
import type { PaneLanguage } from './display-language';

export interface AppProps {
  language: PaneLanguage;
}

export function App({ language }: AppProps) {
  return (
    <main lang={language}>
      <Title1 as="h1">PlanSheets</Title1>
    </main>
  );
}
