import type { Config } from './config';

/**
 * Local mode signs its own tokens and accepts anonymous bot traffic, so it must never run where the
 * internet can reach it. Azure sets WEBSITE_INSTANCE_ID / WEBSITE_SITE_NAME on every Functions host, CONTAINER_APP_NAME on Container Apps.
 */
export function assertLocalModeIsSafe(config: Config, env: NodeJS.ProcessEnv = process.env): void {
  if (!config.isLocal) return;
  if (env['WEBSITE_INSTANCE_ID'] || env['WEBSITE_SITE_NAME'] || env['CONTAINER_APP_NAME']) {
    throw new Error('ELAN_ENV=local is refused on a deployed host: it would trust development tokens.');
  }
}
