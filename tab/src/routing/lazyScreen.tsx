import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { Component, type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';
import { LoadingState } from '../common/LoadingState';
import { loadCatalog } from '../i18n/loadedCatalogs';
import { requestLocale } from '../i18n/requestLocale';
import { useT } from '../i18n/useT';

/** A screen's code (or the rest of the catalog it needs) could not be downloaded. */
export class ScreenLoadError extends Error {
  constructor(readonly reason: unknown) {
    super(`screen download failed: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/** A lazily downloaded screen; `preload()` starts the download before it is shown (failures show on render). */
export type LazyScreen<P> = ComponentType<P> & { preload(): void };

export interface LazyScreenOptions {
  /**
   * `'full'` (the default): the whole catalog of the current language is downloaded with the screen's code and
   * the screen renders once both are there. `'first'`: the screen uses only the catalog parts loaded before the
   * first render (tab/src/i18n/firstCatalogParts.ts; firstCatalog.test.ts checks every key it can use).
   */
  catalog?: 'full' | 'first';
  /** What shows while it downloads: a spinner unless given (`null` for a panel that may simply appear). */
  fallback?: ReactNode;
}

/**
 * A screen (or a large part of one) downloaded when first shown, behind a spinner. A failed download shows an
 * error with a retry instead of a blank screen; errors thrown by the screen itself go to the next boundary up.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { catalog = 'full', fallback = <LoadingState /> }: LazyScreenOptions = {},
): LazyScreen<P> {
  // One download at a time, shared by `preload` and the first render; forgotten when it fails, so a retry
  // downloads again.
  let started: Promise<{ default: ComponentType<P> }> | undefined;
  const download = () =>
    (started ??= Promise.all([load(), catalog === 'full' ? loadCatalog(requestLocale.get()) : undefined]).then(
      ([module]) => module,
      (reason: unknown) => {
        started = undefined;
        throw new ScreenLoadError(reason);
      },
    ));
  // React keeps a failed lazy component failed: a retry needs a new one.
  let Loaded = lazy(download);
  function LazyScreen(props: P) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      Loaded = lazy(download);
      setAttempt((n) => n + 1);
    };
    return (
      <ScreenLoadBoundary onRetry={retry}>
        <Suspense fallback={fallback}>
          <Loaded {...props} />
        </Suspense>
      </ScreenLoadBoundary>
    );
  }
  return Object.assign(LazyScreen, {
    preload: () => {
      download().catch(() => undefined);
    },
  });
}

interface BoundaryProps {
  onRetry: () => void;
  children: ReactNode;
}

/** Catches a `ScreenLoadError` below it and offers to download again; anything else goes further up. */
class ScreenLoadBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!(error instanceof ScreenLoadError)) throw error;
    return (
      <ScreenLoadFailed
        onRetry={() => {
          this.props.onRetry();
          this.setState({ error: undefined });
        }}
      />
    );
  }
}

function ScreenLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useT();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{t('app.screenLoadFailed')}</MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          {t('app.retry')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
