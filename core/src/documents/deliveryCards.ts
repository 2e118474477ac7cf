import type { DeliveryReport } from './sendDocuments';
import type { DocumentKind } from './documentRecord';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import type { AdaptiveCard } from '../adaptiveCards/adaptiveCard';
import { plainText } from '../adaptiveCards/plainText';

const schema = 'http://adaptivecards.io/schemas/adaptive-card.json';

const title = (text: string) => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' });
const line = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small', ...extra });

/** An ISO instant as the cards show it: `2026-11-24 18:30` (UTC, said in the sentence). */
export function utcMinute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

const names = (list: { name: string }[]) => list.map((r) => plainText(r.name)).join(', ');

/**
 * The card the community's channels get: "Charter version N sent by X to A, B" — names only, and the
 * sponsors Teams could not reach said plainly.
 */
export function documentSentCard(report: Omit<DeliveryReport, 'channels'>, locale: Locale): AdaptiveCard {
  const by = plainText(report.sentBy);
  const unreached = report.recipients.filter((r) => r.via === 'forward');
  return {
    type: 'AdaptiveCard',
    $schema: schema,
    version: '1.5',
    body: [
      title(translate(locale, 'delivery.sent.title')),
      line(translate(locale, `delivery.sent.${report.kind}`, { version: report.version, by, to: names(report.recipients) })),
      ...(unreached.length ? [line(translate(locale, 'delivery.sent.forward', { names: names(unreached), by }), { isSubtle: true })] : []),
    ],
  };
}

/** What a sponsor's link card says: who sends which document of which community, and until when the link works. */
export interface LinkCardInput {
  kind: DocumentKind;
  version: number;
  community: string;
  by: string;
  link: { url: string; expiresAt: string };
}

/** The card a sponsor gets in a personal chat that cannot take files: a download link that expires. */
export function documentLinkCard(input: LinkCardInput, locale: Locale): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: schema,
    version: '1.5',
    body: [
      title(translate(locale, 'delivery.link.title')),
      line(
        translate(locale, 'delivery.link.body', {
          by: plainText(input.by),
          document: translate(locale, `delivery.document.${input.kind}`),
          community: plainText(input.community),
          version: input.version,
        }),
      ),
      line(translate(locale, 'delivery.link.valid', { date: utcMinute(input.link.expiresAt) }), { isSubtle: true }),
    ],
    actions: [{ type: 'Action.OpenUrl', title: translate(locale, 'delivery.link.open'), url: input.link.url }],
  };
}

/**
 * The answer to the facilitator who sent: who got it in Teams, and who needs the link forwarded. The link
 * itself only where the reply is private (a channel reply is read by everyone in it).
 */
export function deliveryReportCard(report: DeliveryReport, locale: Locale, opts: { showLink: boolean }): AdaptiveCard {
  const reached = report.recipients.filter((r) => r.via !== 'forward');
  const unreached = report.recipients.filter((r) => r.via === 'forward');
  const body: Record<string, unknown>[] = [title(translate(locale, 'delivery.report.title'))];
  body.push(
    line(
      translate(locale, `delivery.sent.${report.kind}`, {
        version: report.version,
        by: plainText(report.sentBy),
        to: names(report.recipients),
      }),
    ),
  );
  if (reached.length) body.push(line(translate(locale, 'delivery.report.reached', { names: names(reached) })));
  if (unreached.length)
    body.push(
      line(
        opts.showLink
          ? translate(locale, 'delivery.report.forward', { names: names(unreached), date: utcMinute(report.link.expiresAt) })
          : translate(locale, 'delivery.report.forwardPrivately', { names: names(unreached) }),
        { color: 'warning' },
      ),
    );
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: schema, version: '1.5', body };
  if (unreached.length && opts.showLink)
    card.actions = [{ type: 'Action.OpenUrl', title: translate(locale, 'delivery.link.open'), url: report.link.url }];
  return card;
}

/** A one-line answer in a sponsor's chat (declined, expired, failed upload): calm, not an alarm. */
export function deliveryNoticeCard(locale: Locale, key: MessageKey): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: schema, version: '1.5', body: [line(translate(locale, key))] };
}
