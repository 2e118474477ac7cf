import { type Locale, pickLocale } from '@elan/core/i18n/locale';
import type { RuntimeConfig } from '../config/runtimeConfig';
import type { Frame } from '../routing/frameRoute';
import type { TabConfig } from './channelConfig';
import { type ThemeKind, themeKind } from './themeKind';

/** What the tab reads of `app.getContext()`; the real `app.Context` has all of it (and much more). */
export interface TeamsContext {
  app: { locale: string; theme?: string };
  page: { id: string; frameContext?: string; subPageId?: string };
  channel?: { id: string };
  chat?: { id: string };
  meeting?: { id: string };
}

/** An SDK failure, as teams-js reports them to callbacks (`SdkError`). */
export interface SdkErrorLike {
  errorCode: number;
  message?: string;
}

/**
 * The part of `@microsoft/teams-js` the tab calls through the host. The real module is one; the browser tests
 * hand in their own (see `teamsSdkForTests`).
 */
export interface TeamsSdk {
  app: {
    initialize(): Promise<void>;
    getContext(): Promise<TeamsContext>;
    notifySuccess(): unknown;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
  authentication: { getAuthToken(): Promise<string> };
  pages: {
    config: {
      registerOnSaveHandler(handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void): void;
      setConfig(config: TabConfig): Promise<void>;
      setValidityState(valid: boolean): void;
    };
  };
  meeting: {
    getAppContentStageSharingCapabilities(
      callback: (error: SdkErrorLike | null, capabilities: { doesAppHaveSharePermission: boolean } | null) => void,
    ): void;
    shareAppContentToStage(callback: (error: SdkErrorLike | null, result: boolean | null) => void, appContentUrl: string): void;
  };
}

/** Sharing to the meeting stage failed; `errorCode` is teams-js' (`ErrorCode`), e.g. 1000 when permission is denied. */
export class StageShareError extends Error {
  constructor(readonly errorCode: number) {
    super(`shareAppContentToStage failed (${errorCode})`);
  }
}

/** The meeting the tab runs in (side panel or stage): sharing to the stage goes through here. */
export interface MeetingHost {
  meetingId: string | undefined;
  /** Whether Teams lets this app share to the stage (`doesAppHaveSharePermission`); false on any error. */
  canShare(): Promise<boolean>;
  /** Shows `url` (an absolute tab URL) on the meeting stage; rejects with a `StageShareError`. */
  share(url: string): Promise<void>;
}

/** The configuration page Teams opens when a channel or chat adds the tab. */
export interface SettingsHost {
  /** The channel (or chat) the tab is being added to. */
  conversationId: string | undefined;
  /**
   * When the person saves, runs `save` and stores the tab configuration it returns; a failure keeps Teams'
   * dialog open with its error state. Returns the switch that enables Save.
   */
  onSave(save: () => Promise<TabConfig>): (valid: boolean) => void;
}

/** Where the tab runs: inside a Teams (or Microsoft 365) host, or in a plain browser as local preview. */
export type Host =
  | {
      kind: 'teams';
      locale: Locale;
      theme: ThemeKind;
      /** Which frame Teams shows the tab in, for the start route (`routing/frameRoute.ts`). */
      frame: Frame;
      /** Present in a meeting's side panel and on its stage. */
      meeting: MeetingHost | undefined;
      /** Present on the configuration page (frame `settings`). */
      settings: SettingsHost | undefined;
      /** Calls `handler` whenever the user switches the Teams theme. */
      onThemeChange(handler: (theme: ThemeKind) => void): void;
      /** The Teams SSO token for the API. */
      getToken(): Promise<string>;
    }
  | { kind: 'local' };

/**
 * Browser-test hook. A test (tab/e2e/frames.test.ts, through `page.addInitScript`) may set
 * `window.__elanTeamsSdkForTests` to an object shaped like `TeamsSdk` before the tab starts: the tab then
 * behaves as if Teams hosted it and calls that object where it would call teams-js (initialize, getContext,
 * notifySuccess, getAuthToken, the stage-sharing calls). Honoured only when `/config.json` says
 * `env: 'local'` (what `npm start` serves), so a deployed tab never listens to it.
 */
export const teamsTestHook = '__elanTeamsSdkForTests';

/** Whether the page carries the test hook at all (cheap, before the config is known). */
export function hasTeamsTestHook(): boolean {
  return teamsTestHook in window;
}

/** The test's stand-in for teams-js, when the hook is set and this is a local run; else undefined. */
export function teamsSdkForTests(config: RuntimeConfig): TeamsSdk | undefined {
  const sdk = (window as unknown as Record<string, TeamsSdk | undefined>)[teamsTestHook];
  return config.env === 'local' && sdk ? sdk : undefined;
}

/** A page that is neither framed nor in a native webview cannot be in Teams: skip the SDK and its wait. */
function mayBeHosted(): boolean {
  return window.parent !== window || window.opener != null || 'nativeInterface' in window;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The frame as routing reads it. The personal app is our static tab, or anywhere outside a channel, chat or meeting. */
export function frameOf(context: TeamsContext): Frame {
  const { page } = context;
  return {
    frameContext: page.frameContext,
    pageId: page.id || undefined,
    subPageId: page.subPageId || undefined,
    personal: page.id === 'communities' || (!context.channel && !context.chat && !context.meeting),
  };
}

/** Stage sharing through teams-js' callback API; it exists only in a meeting's side panel and stage. */
function meetingHost(sdk: TeamsSdk, context: TeamsContext): MeetingHost | undefined {
  const frame = context.page.frameContext;
  if (frame !== 'sidePanel' && frame !== 'meetingStage') return undefined;
  return {
    meetingId: context.meeting?.id,
    canShare: () =>
      new Promise<boolean>((resolve) => {
        try {
          sdk.meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
            resolve(!error && capabilities?.doesAppHaveSharePermission === true),
          );
        } catch {
          resolve(false); // thrown outside a meeting frame, or without the RSC permission
        }
      }),
    share: (url) =>
      new Promise<void>((resolve, reject) => {
        try {
          sdk.meeting.shareAppContentToStage((error, result) => {
            if (error) reject(new StageShareError(error.errorCode));
            else if (result === false) reject(new StageShareError(500));
            else resolve();
          }, url);
        } catch {
          reject(new StageShareError(501));
        }
      }),
  };
}

/** Saving the tab's configuration through teams-js' `pages.config`; it exists only on the settings frame. */
function settingsHost(sdk: TeamsSdk, context: TeamsContext): SettingsHost | undefined {
  if (context.page.frameContext !== 'settings') return undefined;
  return {
    conversationId: context.channel?.id ?? context.chat?.id,
    onSave(save) {
      sdk.pages.config.registerOnSaveHandler((event) => {
        save()
          .then((config) => sdk.pages.config.setConfig(config))
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
      return (valid) => sdk.pages.config.setValidityState(valid);
    },
  };
}

/**
 * Finds out whether Teams hosts the tab; anything short of a working `app.initialize()` means local preview.
 * `sdk` replaces teams-js (the browser tests' stand-in); without it the real SDK is loaded when the page may be hosted.
 */
export async function detectHost({ timeoutMs = 3000, sdk }: { timeoutMs?: number; sdk?: TeamsSdk } = {}): Promise<Host> {
  if (!sdk && !mayBeHosted()) return { kind: 'local' };
  try {
    // Loaded on demand: the SDK is large and useless in local preview.
    const teams: TeamsSdk = sdk ?? (await import('./teamsSdk'));
    await withTimeout(teams.app.initialize(), timeoutMs);
    const context = await withTimeout(teams.app.getContext(), timeoutMs);
    // Hides the host's loading indicator when the manifest asks for one.
    void Promise.resolve(teams.app.notifySuccess()).catch(() => undefined);
    return {
      kind: 'teams',
      locale: pickLocale(context.app.locale),
      theme: themeKind(context.app.theme),
      frame: frameOf(context),
      meeting: meetingHost(teams, context),
      settings: settingsHost(teams, context),
      onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler((name) => handler(themeKind(name))),
      getToken: () => teams.authentication.getAuthToken(),
    };
  } catch {
    return { kind: 'local' };
  }
}
