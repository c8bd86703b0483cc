import type { Catalogue } from '../model/messages/catalogue';

/** The words of `plansheets diff` around the change lines (src/engine/plan-diff/plan-diff.messages.ts). */
export const diffMessages = {
  'diff.heading': { fi: 'Muutokset: {old} → {new}', en: 'Changes: {old} → {new}' },
  'diff.none': { fi: 'Ei muutoksia.', en: 'No changes.' },
  'diff.group': { fi: '{group} ({count})', en: '{group} ({count})' },
  'diff.summary': {
    fi: 'Yhteensä {count} muutosriviä.',
    en: '{count} change lines in all.',
  },
  'build.compare-same-file': {
    fi: 'build: --compare antaa vertailtavan vanhan version; se ei voi olla sama tiedosto kuin tulos {file}',
    en: 'build: --compare gives the old version to compare with; it cannot be the output file {file}',
  },
  'build.changes-not-carried': {
    fi: 'Huomio: välilehti "{sheet}" vertasi aiempaan versioon, eikä sitä tehty uudelleen; anna --compare <vanha> saadaksesi sen.',
    en: 'Note: the sheet "{sheet}" compared with an earlier version and was not made again; give --compare <old> to have it.',
  },
} satisfies Catalogue<string>;

export type DiffMessageKey = keyof typeof diffMessages;
