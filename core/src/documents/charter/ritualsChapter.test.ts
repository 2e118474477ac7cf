import { agendaOf, ritualsInput } from '../../rituals/testing/ritualsInput';
import { ritualsDraft } from '../../workshops/rituals';
import { wordsFor } from './format';
import { ritualsChapter } from './ritualsChapter';

const w = wordsFor('fr');
const texts = (blocks: ReturnType<typeof ritualsChapter>) => JSON.stringify(blocks);

describe('the charter’s rituals chapter', () => {
  it('prints the kick-off’s own run sheet beside the standard agenda, and nothing of it when there is none', () => {
    const withSheet = ritualsDraft.parse(
      ritualsInput({ kickOffAgenda: agendaOf(['Accueil informel, café', 15, 'host'], ['Carrousel des espoirs', 25]) }),
    );
    const printed = texts(ritualsChapter(w, withSheet, '2027-03-01T12:00:00.000Z'));
    expect(printed).toContain(w.t('doc.rituals.kickOff'));
    expect(printed).toContain('Carrousel des espoirs');
    expect(printed).toContain(w.duration(40));

    const without = texts(ritualsChapter(w, ritualsDraft.parse(ritualsInput()), '2027-03-01T12:00:00.000Z'));
    expect(without).not.toContain(w.t('doc.rituals.kickOff'));
  });
});
