import { Activity, ActivityTypes, type Attachment } from '@microsoft/agents-activity';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { deliveryNoticeCard } from '@elan/core/documents/deliveryCards';
import { pickLocale } from '@elan/core/i18n/translate';
import { cardReply } from '../cardReply';

/** Teams' card asking a person for consent to save a file in their OneDrive (personal chats only). */
export const fileConsentContentType = 'application/vnd.microsoft.teams.card.file.consent';
/** Teams' card showing a file the bot saved in the person's OneDrive. */
export const fileInfoContentType = 'application/vnd.microsoft.teams.card.file.info';

/** What Teams echoes back to the bot with the consent answer: our own signed reference to the file. */
interface ConsentContext {
  token: string;
}

/** Builds the file consent card: Teams shows name, size and description, with Allow / Decline. */
export function fileConsentAttachment(file: { fileName: string; sizeInBytes: number; description: string; token: string }): Attachment {
  const context: ConsentContext = { token: file.token };
  return {
    contentType: fileConsentContentType,
    name: file.fileName,
    content: { description: file.description, sizeInBytes: file.sizeInBytes, acceptContext: context, declineContext: context },
  };
}

/** The file a consent token names, once checked. `key` identifies it for the once-only upload claim. */
export interface ConsentedFile {
  key: string;
  fileName: string;
  bytes: Uint8Array;
}

/** What the consent flow needs from the host: the checked file, and a claim so a retried invoke uploads once. */
export interface ConsentedFiles {
  /** The file behind a consent token for this person; 'expired' past its validity or once purged, 'invalid' if forged. */
  open(token: unknown, who: { tenantId: string; userId: string }): Promise<ConsentedFile | 'expired' | 'invalid'>;
  /** Claims the single upload of that file for that person; false when it was already done (or is running). */
  claimUpload(file: ConsentedFile, userId: string): Promise<boolean>;
  /** Gives the claim back after a failed upload, so the person can accept again. */
  releaseUpload(file: ConsentedFile, userId: string): Promise<void>;
}

/** `value` of a `fileConsent/invoke` activity, as Teams sends it. */
interface FileConsentResponse {
  action?: 'accept' | 'decline';
  context?: Partial<ConsentContext>;
  uploadInfo?: { name?: string; uploadUrl?: string; contentUrl?: string; uniqueId?: string; fileType?: string };
}

export interface FileConsentOptions {
  files: ConsentedFiles;
  /** Only local mode may upload to plain-HTTP URLs (the fake connector); Teams always gives HTTPS ones. */
  allowInsecureUploads: boolean;
  fetchImpl?: typeof fetch;
}

const invokeResponse = (context: TurnContext, status: number) =>
  context.sendActivity(Activity.fromObject({ type: ActivityTypes.InvokeResponse, value: { status } }));

/**
 * Handles the answer to a file consent card. Accept: PUT the bytes to the upload URL Teams gives (one
 * request with Content-Range, as OneDrive upload sessions take it), then post the file info card.
 * Decline: a polite acknowledgement. A retried accept (Teams retries slow invokes) uploads once.
 */
export function registerFileConsent(agent: AgentApplication<TurnState>, options: FileConsentOptions): void {
  const fetchImpl = options.fetchImpl ?? fetch;
  agent.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'fileConsent/invoke',
    async (context) => {
      const a = context.activity;
      const locale = pickLocale(a.locale);
      const value = (a.value ?? {}) as FileConsentResponse;
      const tenantId = a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
      const userId = a.from?.aadObjectId ?? a.from?.id;
      if (!tenantId || !userId || (value.action !== 'accept' && value.action !== 'decline'))
        return void (await invokeResponse(context, 400));
      if (value.action === 'decline') {
        await context.sendActivity(cardReply(deliveryNoticeCard(locale, 'delivery.declined')));
        return void (await invokeResponse(context, 200));
      }
      const upload = value.uploadInfo;
      const target = safeUploadUrl(upload?.uploadUrl, options.allowInsecureUploads);
      if (!target) return void (await invokeResponse(context, 400));
      const file = await options.files.open(value.context?.token, { tenantId, userId });
      if (file === 'invalid') return void (await invokeResponse(context, 403));
      if (file === 'expired') {
        await context.sendActivity(cardReply(deliveryNoticeCard(locale, 'delivery.expired')));
        return void (await invokeResponse(context, 200));
      }
      if (!(await options.files.claimUpload(file, userId))) return void (await invokeResponse(context, 200));
      try {
        const res = await fetchImpl(target, {
          method: 'PUT',
          headers: {
            'content-length': String(file.bytes.length),
            'content-range': `bytes 0-${file.bytes.length - 1}/${file.bytes.length}`,
          },
          body: file.bytes,
        });
        if (!res.ok) throw new Error(`upload answered ${res.status}`);
      } catch (error) {
        console.error('file consent upload failed', error);
        await options.files.releaseUpload(file, userId);
        await context.sendActivity(cardReply(deliveryNoticeCard(locale, 'delivery.uploadFailed')));
        return void (await invokeResponse(context, 200));
      }
      await context.sendActivity(
        Activity.fromObject({
          type: ActivityTypes.Message,
          attachments: [
            {
              contentType: fileInfoContentType,
              contentUrl: upload?.contentUrl,
              name: upload?.name ?? file.fileName,
              content: { uniqueId: upload?.uniqueId, fileType: upload?.fileType ?? 'docx' },
            },
          ],
        }),
      );
      await invokeResponse(context, 200);
    },
    true,
  );
}

/** The upload URL if it is one the bot may PUT to: HTTPS (plain HTTP only in local mode). */
function safeUploadUrl(raw: string | undefined, allowInsecure: boolean): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || (allowInsecure && url.protocol === 'http:') ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
