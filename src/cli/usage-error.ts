import type { LocalisedText } from '../model/finding';
import { localise, type Catalogue, type MessageParams } from '../model/messages/catalogue';

/**
 * Wrong usage or unusable input: the CLI prints the message as one line on
 * stderr and exits with 2. It carries both languages because the language
 * option itself may be what failed to parse.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(readonly text: LocalisedText) {
    super(text.en);
  }
}

/** A usage error from a catalogue entry. */
export function usageError<K extends string>(catalogue: Catalogue<K>, key: K, params: MessageParams = {}): UsageError {
  return new UsageError(localise(catalogue, key, params));
}
