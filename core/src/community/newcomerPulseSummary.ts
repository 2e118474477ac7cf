import type { MessageKey } from '../i18n/fr';
import type { NewcomerPulseResults } from './newcomerPulse';

/** One translatable line: a catalog key and its parameters. */
export interface MessageLine {
  key: MessageKey;
  params: Record<string, number>;
}

/**
 * The newcomers' pulse in one line, the same in the digest and on the community home: the counts once the threshold
 * is reached, else how many answered of how many are needed (the anonymity rule of WORKSHOPS.md §6).
 */
export function newcomerPulseLine(results: NewcomerPulseResults): MessageLine {
  if (results.counts) return { key: 'welcome.pulseResults.counts', params: { ...results.counts } };
  return { key: 'welcome.pulseResults.notEnough', params: { n: results.respondents, threshold: results.threshold } };
}
