import type { Locale } from '@elan/core/i18n/locale';
import { FluentProvider, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { RuntimeConfig } from './config/runtimeConfig';
import { bootLoadingLabel } from './i18n/bootText';
import type { Host } from './teams/host';
import { HostContext } from './teams/HostContext';

// The React half of the start (see main.tsx): React, Fluent and the app, downloaded and run beside the config,
// Teams' answer, the first catalog and the first screen's reads rather than before them.
export { rememberedTheme } from './App';
export { preloadScreen } from './Routes';
export { loadTheme } from './shell/themes';

const root = createRoot(document.getElementById('root')!);

// Something to look at while the config loads, Teams answers (or does not) and the first catalog arrives, when
// that takes a while (from the navigation on): rendering it costs the start more than it shows.
const bootSpinner = setTimeout(
  () =>
    root.render(
      <FluentProvider theme={teamsLightTheme}>
        <Spinner label={bootLoadingLabel} style={{ padding: '64px 0' }} />
      </FluentProvider>,
    ),
  Math.max(0, 300 - performance.now()),
);

/** Renders the tab once the config, the host and the starting language are known (main.tsx). */
export function renderApp(config: RuntimeConfig, host: Host, initialLocale: Locale): void {
  clearTimeout(bootSpinner);
  root.render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <App config={config} host={host} initialLocale={initialLocale} />
      </HostContext.Provider>
    </StrictMode>,
  );
}
