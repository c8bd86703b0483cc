import type { Catalogue } from '../model/messages/catalogue';

/** The words of `plansheets diff` around the change lines (src/engine/plan-diff/plan-diff.messages.ts). */
export const diffMessages = {
  'diff.heading': { fi: 'Muutokset: {old} → {new}', en: 'Changes: {old} → {new}', sv: 'Ändringar: {old} → {new}' },
  'diff.none': { fi: 'Ei muutoksia.', en: 'No changes.', sv: 'Inga ändringar.' },
  'diff.group': { fi: '{group} ({count})', en: '{group} ({count})', sv: '{group} ({count})' },
  'diff.summary': {
    fi: 'Yhteensä {count} muutosriviä.',
    en: '{count} change lines in all.',
    sv: 'Sammanlagt {count} ändringsrader.',
  },
  'build.compare-same-file': {
    fi: 'build: --compare antaa vertailtavan vanhan version; se ei voi olla sama tiedosto kuin tulos {file}',
    en: 'build: --compare gives the old version to compare with; it cannot be the output file {file}',
    sv: 'build: --compare anger den gamla versionen att jämföra med; den kan inte vara samma fil som resultatet {file}',
  },
  'build.changes-not-carried': {
    fi: 'Huomio: välilehti "{sheet}" vertasi aiempaan versioon, eikä sitä tehty uudelleen; anna --compare <vanha> saadaksesi sen.',
    en: 'Note: the sheet "{sheet}" compared with an earlier version and was not made again; give --compare <old> to have it.',
    sv: 'Obs: bladet "{sheet}" jämförde med en tidigare version och gjordes inte om; ange --compare <gammal> för att få det.',
  },
} satisfies Catalogue<string>;

export type DiffMessageKey = keyof typeof diffMessages;
