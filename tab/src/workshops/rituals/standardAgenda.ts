import type { T } from '../../i18n/types';

/** The regular 120-minute meeting of WORKSHOPS.md §5, as a starting agenda. */
export function standardAgenda(t: T) {
  return [
    { label: t('tab.w3.preset.checkIn'), minutes: 10, roleInCharge: 'facilitator' },
    { label: t('tab.w3.preset.newsRound'), minutes: 15, roleInCharge: 'facilitator' },
    { label: t('tab.w3.preset.expertTalk'), minutes: 25, roleInCharge: 'expertGuest' },
    { label: t('tab.w3.preset.workingSession'), minutes: 45, roleInCharge: 'coFacilitator' },
    { label: t('tab.w3.preset.decisions'), minutes: 15, roleInCharge: 'facilitator' },
    { label: t('tab.w3.preset.checkOut'), minutes: 10, roleInCharge: 'facilitator' },
  ];
}

/** The kick-off meeting's run sheet of WORKSHOPS.md §5 (BOSA-style scenario), timings editable once filled in. */
export function kickOffScenario(t: T) {
  return [
    { label: t('tab.w3.kickOff.preset.arrival'), minutes: 15, roleInCharge: 'host' },
    { label: t('tab.w3.kickOff.preset.sponsor'), minutes: 10, roleInCharge: 'host' },
    { label: t('tab.w3.kickOff.preset.introductions'), minutes: 25, roleInCharge: 'facilitator' },
    { label: t('tab.w3.kickOff.preset.origins'), minutes: 15, roleInCharge: 'facilitator' },
    { label: t('tab.w3.kickOff.preset.carousel'), minutes: 25, roleInCharge: 'coFacilitator' },
    { label: t('tab.w3.kickOff.preset.commitments'), minutes: 15, roleInCharge: 'facilitator' },
    { label: t('tab.w3.kickOff.preset.themes'), minutes: 15, roleInCharge: 'coFacilitator' },
    { label: t('tab.w3.kickOff.preset.practicalities'), minutes: 10, roleInCharge: 'facilitator' },
    { label: t('tab.w3.kickOff.preset.checkOut'), minutes: 10, roleInCharge: 'facilitator' },
  ];
}
