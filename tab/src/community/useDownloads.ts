import { useState } from 'react';
import { announce } from '../common/announcer';
import { useSession } from '../session/SessionContext';
import { saveBlob } from './saveBlob';

/** Where one file download stands. */
export type DownloadState = { name: 'idle' } | { name: 'busy' } | { name: 'done' } | { name: 'failed'; error: unknown };

/** One file to fetch: its API path, the name to save it under if the server suggests none, and what to announce. */
export interface DownloadRequest {
  path: string;
  fallbackName: string;
  preparing: string;
  done: string;
}

const idle: DownloadState = { name: 'idle' };

/**
 * Files fetched with the user's token (a plain link cannot carry it) and handed to the browser as downloads,
 * each with its own progress and failure, announced to screen readers.
 */
export function useDownloads<K extends string>(
  kinds: readonly K[],
): { states: Record<K, DownloadState>; download(kind: K, request: DownloadRequest): Promise<void> } {
  const { api } = useSession();
  const [states, setStates] = useState(() => Object.fromEntries(kinds.map((k) => [k, idle])) as Record<K, DownloadState>);
  const set = (kind: K, state: DownloadState) => setStates((s) => ({ ...s, [kind]: state }));

  const download = async (kind: K, { path, fallbackName, preparing, done }: DownloadRequest) => {
    set(kind, { name: 'busy' });
    announce(preparing);
    try {
      const { blob, fileName } = await api.download(path);
      saveBlob(blob, fileName ?? fallbackName);
      set(kind, { name: 'done' });
      announce(done);
    } catch (error) {
      set(kind, { name: 'failed', error });
    }
  };

  return { states, download };
}
