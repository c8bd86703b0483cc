import type { LocalisedText } from '../model/finding';
import { fillTemplate, type MessageParams } from '../model/messages/catalogue';

/**
 * Wrong usage or unusable input: the CLI prints the message as one line on
 * stderr and exits with 2. It carries both languages because the language
 * option itself may be what failed to parse.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly text: LocalisedText;

  constructor(template: LocalisedText, params: MessageParams = {}) {
    const text = { fi: fillTemplate(template.fi, params), en: fillTemplate(template.en, params) };
    super(text.en);
    this.text = text;
  }
}
