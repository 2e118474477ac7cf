import { buildDecision } from './exampleCharterInput';
import { charterStatus, statusText } from './charterStatus';
import { wordsFor } from './format';
import type { WorkshopInput } from './workshopData';

const adopted = buildDecision({ number: 4, subject: 'charter', outcome: 'adopted', decidedAt: '2026-10-20T15:00:00Z' });
const saved = (n: number, updatedAt: string | null) => ({ n, data: {}, updatedAt }) as unknown as WorkshopInput;

describe('charterStatus after adoption (the amendment rule)', () => {
  it('is a working draft again since the first save after the adoption it can see', () => {
    const status = charterStatus(
      [adopted],
      [saved(1, '2026-10-01T00:00:00Z'), saved(3, '2026-11-12T09:00:00Z'), saved(2, '2026-10-28T09:00:00Z')],
    );
    expect(status).toEqual({ kind: 'amendedSinceAdoption', decision: adopted, since: '2026-10-28T09:00:00Z' });
    expect(statusText(wordsFor('fr'), status)).toBe(
      'Version de travail depuis le 28 octobre 2026 : modifiée après son adoption le 20 octobre 2026 (décision no 4)',
    );
    expect(statusText(wordsFor('en'), status)).toBe(
      'Working draft since October 28, 2026: changed after its adoption on October 20, 2026 (decision 4)',
    );
  });

  it('is adopted again once a later charter decision adopts the changes', () => {
    const readopted = buildDecision({ number: 7, subject: 'charter', outcome: 'adopted', decidedAt: '2026-11-20T15:00:00Z' });
    expect(charterStatus([adopted, readopted], [saved(2, '2026-10-28T09:00:00Z')])).toEqual({ kind: 'adopted', decision: readopted });
  });
});
