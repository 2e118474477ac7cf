import { isWebLink } from '../rituals/meeting';

/** What a Teams message action receives of the message it was invoked on (only what Élan reads). */
export interface MessagePayload {
  id?: string;
  body?: { contentType?: string; content?: string };
  linkToMessage?: string;
}

/** The message a person chose to save: its id, its web links (in order, once each) and a short text snippet. */
export interface SavedMessage {
  messageId: string;
  links: string[];
  snippet: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => entities[e] ?? e);

/**
 * Reads a message's links and text from the payload Teams sends with a message action (HTML or text body):
 * the href of every link and every bare address in the text, and the text without markup, cut to `max`.
 * Nothing else of the channel is read: only the message a person invoked the action on.
 */
export function savedMessage(payload: MessagePayload | undefined, max = 150): SavedMessage {
  const content = payload?.body?.content ?? '';
  const html = payload?.body?.contentType === 'html';
  const hrefs = html ? [...content.matchAll(/href\s*=\s*"([^"]+)"/gi)].map((m) => decode(m[1]!)) : [];
  const text = decode(
    html
      ? content
          .replace(/<br\s*\/?>/gi, ' ')
          .replace(/<\/p>/gi, ' ')
          .replace(/<[^>]*>/g, '')
      : content,
  )
    .replace(/\s+/g, ' ')
    .trim();
  const bare = [...text.matchAll(/https?:\/\/[^\s<>"']+/g)].map((m) => m[0].replace(/[.,;:!?)]+$/, ''));
  const links = [...new Set([...hrefs, ...bare])].filter((l) => l.length <= 500 && isWebLink(l)).slice(0, 10);
  const snippet = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return { messageId: payload?.id ?? '', links, snippet };
}
