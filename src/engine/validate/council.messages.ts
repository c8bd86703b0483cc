import type { Catalogue } from '../../model/messages/catalogue';

export const councilMessages = {
  'rule.seats': {
    fi: 'Valtuuston ilmoitettu koko poikkeaa asukasluvuista säännön mukaan lasketusta paikkamäärästä.',
    en: 'The declared council size differs from the seats the rule gives for the populations.',
    sv: 'Fullmäktiges angivna storlek avviker från det antal platser som regeln ger enligt invånarantalen.',
  },
  'rule.rule': {
    fi: 'Valtuustopaikkojen laskusäännön asukasmäärä ei ole positiivinen.',
    en: 'The council rule\'s block of inhabitants is not positive.',
    sv: 'Invånarantalet i regeln för fullmäktigeplatserna är inte positivt.',
  },
  seats: {
    fi: 'Valtuuston koko on ilmoitettu {declared} jäseneksi, mutta asukasluvuista ({dates}) laskettu koko on {computed} ({perMunicipality}).',
    en: 'The council size is declared as {declared}, but the populations ({dates}) give {computed} seats ({perMunicipality}).',
    sv: 'Fullmäktiges storlek anges till {declared} ledamöter, men invånarantalen ({dates}) ger {computed} platser ({perMunicipality}).',
  },
  blockNotPositive: {
    fi: 'Valtuustopaikkoja ei voi laskea: asukasmäärän, jota kohti valitaan yksi jäsen, on oltava positiivinen kokonaisluku (nyt {value}).',
    en: 'Council seats cannot be computed: the number of inhabitants per seat must be a positive whole number (now {value}).',
    sv: 'Fullmäktigeplatserna kan inte räknas ut: invånarantalet per ledamot måste vara ett positivt heltal (nu {value}).',
  },
} satisfies Catalogue<string>;

export type CouncilMessageKey = keyof typeof councilMessages;
