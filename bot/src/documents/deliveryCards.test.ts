import { deliveryNoticeCard, deliveryReportCard, documentLinkCard, documentSentCard } from '@elan/core/documents/deliveryCards';
import type { Locale } from '@elan/core/i18n/translate';
import { cardProblems } from '../testing/cardProblems';

/** Every text of a card, for assertions. */
function cardText(node: unknown): string {
  if (Array.isArray(node)) return node.map(cardText).filter(Boolean).join('\n');
  if (!node || typeof node !== 'object') return '';
  const own = Object.entries(node)
    .filter(([k, v]) => (k === 'text' || k === 'title') && typeof v === 'string')
    .map(([, v]) => v as string);
  const nested = Object.values(node)
    .filter((v) => typeof v === 'object')
    .map(cardText);
  return [...own, ...nested].filter(Boolean).join('\n');
}

describe('delivery cards', () => {
  it.each(['fr', 'en'] as Locale[])('are valid Adaptive Cards 1.5 in %s, under 28 KB', (locale) => {
    const report = {
      kind: 'charter' as const,
      version: 3,
      language: locale,
      fileName: 'Charte.docx',
      sentBy: 'Nadia *Tremblay*',
      recipients: [
        { userId: 'a', name: 'Hélène [Bouchard](http://x)', via: 'fileConsent' as const },
        { userId: 'b', name: 'Zoé Roy', via: 'forward' as const },
      ],
      link: { url: 'https://api.example/api/documents/shared?token=x.y', expiresAt: '2026-11-24T18:30:00.000Z' },
      channels: 1,
    };
    const cards = [
      documentSentCard(report, locale),
      documentLinkCard({ kind: 'impactReport', version: 2, community: 'Partenaires', by: 'Nadia', link: report.link }, locale),
      deliveryReportCard(report, locale, { showLink: true }),
      deliveryReportCard(report, locale, { showLink: false }),
      deliveryNoticeCard(locale, 'delivery.declined'),
    ];
    for (const card of cards) {
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
      expect(cardText(card)).not.toMatch(/undefined|\{\w+\}/);
    }
    // User text renders literally (no Markdown links from a name).
    expect(cardText(cards[0]!)).toContain('Hélène \\[Bouchard\\](http://x)');
    expect(cardText(cards[2]!)).toContain('2026-11-24 18:30');
    expect(cards[3]!.actions).toBeUndefined();
  });
});
