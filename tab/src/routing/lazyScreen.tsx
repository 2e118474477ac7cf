import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { LoadingState } from '../common/LoadingState';
import { loadCatalog } from '../i18n/loadedCatalogs';
import { requestLocale } from '../i18n/requestLocale';
import { browserRetry, retryDownload } from './retryDownload';
import { ScreenLoadFailed } from './ScreenLoadFailed';

/** A lazily downloaded screen; `preload()` starts the download before it is shown (failures show on render). */
export type LazyScreen<P> = ComponentType<P> & { preload(): void };

export interface LazyScreenOptions {
  /**
   * `'full'` (the default): the whole catalog of the current language is downloaded with the screen's code and
   * the screen renders once both are there. `'first'`: the screen uses only the catalog parts loaded before the
   * first render (tab/src/i18n/firstCatalogParts.ts; firstCatalog.test.ts checks every key it can use). A
   * function: those first parts and what it downloads (a workshop's parts: `workshopCatalog(n)`).
   */
  catalog?: 'full' | 'first' | (() => Promise<void>);
  /** What shows while it downloads: a spinner unless given (`null` for a panel that may simply appear). */
  fallback?: ReactNode;
}

type Download<P> = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; Screen: ComponentType<P> };

/**
 * A screen (or a large part of one) downloaded when first shown, behind a spinner. A failed download shows an
 * error with a retry instead of a blank screen. Not React.lazy and Suspense: React holds a revealed Suspense
 * boundary back for up to 300 ms after its fallback, which the first screen would pay at each level.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { catalog = 'full', fallback = <LoadingState /> }: LazyScreenOptions = {},
): LazyScreen<P> {
  // One download at a time, shared by `preload` and every instance; forgotten when it fails, so a retry
  // downloads again.
  let started: Promise<ComponentType<P>> | undefined;
  let ready: ComponentType<P> | undefined;
  const download = () =>
    (started ??= Promise.all([load(), catalogDownload(catalog)]).then(
      ([module]) => (ready = module.default),
      (reason: unknown) => {
        started = undefined;
        throw reason;
      },
    ));
  function LazyScreen(props: P) {
    // Downloaded already (preloaded, or shown before): rendered at once. Else the download starts during this
    // first render, not after it.
    const [state, setState] = useState<Download<P>>(() => {
      if (ready) return { status: 'ready', Screen: ready };
      download().catch(() => undefined);
      return { status: 'loading' };
    });
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (state.status !== 'loading') return;
      let live = true;
      (attempt === 0 ? download() : retryDownload(download, browserRetry)).then(
        (Screen) => live && setState({ status: 'ready', Screen }),
        () => live && setState({ status: 'failed' }),
      );
      return () => {
        live = false;
      };
    }, [state.status, attempt]);
    if (state.status === 'ready') return <state.Screen {...props} />;
    if (state.status === 'loading') return <>{fallback}</>;
    return (
      <ScreenLoadFailed
        onRetry={() => {
          setState({ status: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return Object.assign(LazyScreen, {
    preload: () => {
      download().catch(() => undefined);
    },
  });
}

function catalogDownload(catalog: NonNullable<LazyScreenOptions['catalog']>): Promise<void> | undefined {
  if (catalog === 'full') return loadCatalog(requestLocale.get());
  return catalog === 'first' ? undefined : catalog();
}
