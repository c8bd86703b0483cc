import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Capabilities } from '../excel/live-workbook';
import { useText } from './pane-text';

/** What this Excel lacks, said once at the top of the pane; nothing when everything is there. */
export function CapabilityNotice({ capabilities }: { capabilities: Capabilities }) {
  const text = useText();
  if (capabilities.complete && capabilities.missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.t('capabilities.title')}</MessageBarTitle>
        <div>{text.t('capabilities.body')}</div>
        <ul>
          {capabilities.missing.map((item) => (
            <li key={`${item.feature}:${item.set}`}>{text.t(`feature.${item.feature}`, { set: item.set })}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
