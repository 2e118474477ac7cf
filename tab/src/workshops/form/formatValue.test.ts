import type { MessageKey } from '@elan/core/i18n/fr';
import { type MessageParams, translate } from '@elan/core/i18n/translate';
import definition from '../ecosystem/definition';
import { ritualsLabels } from '../rituals/labels';
import { formatFieldValue } from './formatValue';
import { fieldDomId, leafLabel, pathLabel } from './labels';

const fr = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

describe('generic labels', () => {
  it('names nested parts, list items and list-specific parts', () => {
    expect(pathLabel('cadence.every', ritualsLabels, fr)).toBe('Rythme › Une rencontre toutes les…');
    expect(pathLabel('agendaTemplate.1.minutes', ritualsLabels, fr)).toBe('Segments de l’ordre du jour (3 à 10) › Élément 2 › Minutes');
    expect(pathLabel('roles.0.holder.name', ritualsLabels, fr)).toBe('Rôles (1 à 12) › Élément 1 › Titulaire');
    expect(leafLabel('roles.0.rotation', ritualsLabels, fr)).toBe('Rotation');
    expect(pathLabel('unknown.0', ritualsLabels, fr)).toBe('unknown.0');
    expect(fieldDomId(3, 'agendaTemplate.1.minutes')).toBe('w3-agendaTemplate-1-minutes');
  });
});

describe('generic formatting', () => {
  it('labels the parts of a group and shows choices by their labels', () => {
    expect(formatFieldValue('cadence', { every: 6, unit: 'week' }, ritualsLabels, fr)).toBe(
      'Une rencontre toutes les… : 6\nUnité : semaines',
    );
    expect(formatFieldValue('betweenMeetings', ['questionOfMonth', 'peerHelp'], ritualsLabels, fr)).toBe(
      'Question du mois, Entraide entre pairs',
    );
    expect(formatFieldValue('agendaTemplate', [{ label: 'Tour', minutes: 10, roleInCharge: 'facilitator' }], ritualsLabels, fr)).toBe(
      'Tour — Minutes : 10 — Animation',
    );
    expect(formatFieldValue('place', '  ', ritualsLabels, fr)).toBe(fr('conflict.empty'));
  });

  it('shows stakeholders by name where the data holds their ids', () => {
    const draft = {
      stakeholders: [
        { id: 's1', name: 'DQEPE' },
        { id: 's2', name: 'Finances' },
      ],
    };
    const refs = definition.refs!(draft);
    expect(formatFieldValue('relationships', [{ from: 's1', to: 's2', type: 'funds', strength: 2 }], definition.labels, fr, refs)).toBe(
      'DQEPE — Finances — Financement — Force : 2',
    );
  });
});
