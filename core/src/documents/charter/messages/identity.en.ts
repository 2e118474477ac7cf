import type { identityChapterFr } from './identity.fr';

/** English messages for the charter’s chapter 1: identity and purpose: typed against the French keys. */
export const identityChapterEn: Record<keyof typeof identityChapterFr, string> = {
  'doc.charter.ch1': '1. Identity and purpose',
  'doc.charter.ch1.name': '1.1 Name and description',
  'doc.charter.ch1.domain': '1.2 Domain of practice',
  'doc.charter.ch1.purpose': '1.3 Purpose',
  'doc.charter.ch1.aim': '1.4 Aim and lifespan',
  'doc.charter.ch1.values': '1.5 Values',
  'doc.charter.ch1.members': '1.6 Who can be a member',
  'doc.charter.ch1.scope': '1.7 Scope',
  'doc.charter.ch1.success': '1.8 Success in 12 months',
  'doc.charter.ch1.sponsors': '1.9 Sponsors and their expectations',
  'doc.identity.aim': 'Main aim: {aims}.',
  'doc.identity.lifespan': 'Planned lifespan: {lifespan}.',
  'doc.identity.reviewDate': 'Planned review date: {date}.',
  'doc.identity.languages': 'Languages of the community: {languages}.',
  'doc.identity.policy': 'Membership: {policy}.',
  'doc.identity.joinSteps': 'How to join',
  'doc.identity.inScope': 'What the community works on:',
  'doc.identity.outOfScope': 'What is out of its scope (and where those matters go instead):',
};
