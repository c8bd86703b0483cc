import type { Finding } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { documentDescriptions, documentMessages } from './document.messages';
import { findingAt } from './finding-at';
import { finnishDate, shortTitle } from './object-names';
import type { RuleDefinition, RuleGroup } from './rule';

export const DOCUMENT_SECTION_PENDING: RuleDefinition = {
  id: 'document.section-pending',
  severity: 'warning',
  description: documentDescriptions['document.section-pending'],
};

/** A minute section number as the minutes print it; a "§" written by habit is tolerated. */
const SECTION_NUMBER = /^\s*(§\s*)?\d+\s*$/;

function check(plan: Plan): Finding[] {
  return plan.document.meetings.flatMap((meeting, i) =>
    SECTION_NUMBER.test(meeting.section)
      ? []
      : [
          findingAt(
            DOCUMENT_SECTION_PENDING,
            localise(documentMessages, 'sectionPending', {
              body: shortTitle(meeting.body),
              date: meeting.date,
              dateFi: finnishDate(meeting.date),
              section: meeting.section,
            }),
            ['document', 'meetings', i, 'section'],
          ),
        ],
  );
}

export const documentRules: RuleGroup = { rules: [DOCUMENT_SECTION_PENDING], check };
