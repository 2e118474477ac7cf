import { FluentProvider, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { translate } from '@elan/core/i18n/translate';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadRuntimeConfig } from './config/runtimeConfig';
import { rememberedLocale } from './i18n/localeChoice';
import { requestLocale } from './i18n/requestLocale';
import { frameRoute } from './routing/frameRoute';
import { parseRoute, routeHash } from './routing/routes';
import { detectHost, hasTeamsTestHook, teamsSdkForTests } from './teams/host';
import { HostContext } from './teams/HostContext';

const root = createRoot(document.getElementById('root')!);

// Something to look at while the config loads and Teams answers (or does not).
root.render(
  <FluentProvider theme={teamsLightTheme}>
    <Spinner label={translate(rememberedLocale(), 'app.loading')} style={{ padding: '64px 0' }} />
  </FluentProvider>,
);

const configLoad = loadRuntimeConfig();
const [config, host] = await Promise.all([
  configLoad,
  // The browser tests' teams-js stand-in is honoured only once the config says this is a local run (see host.ts).
  hasTeamsTestHook() ? configLoad.then((c) => detectHost({ sdk: teamsSdkForTests(c) })) : detectHost(),
]);
// Teams loads the same contentUrl in every frame (tab, side panel, stage, settings): open the screen the frame
// means before the first render, replacing the history entry rather than adding one, so Back never lands on it.
if (host.kind === 'teams') {
  const start = frameRoute(host.frame, parseRoute(window.location.hash));
  if (start && routeHash(start) !== window.location.hash) window.history.replaceState(window.history.state, '', routeHash(start));
}
// Inside Teams the user's Teams language wins; in local preview, the last choice (French by default).
const initialLocale = host.kind === 'teams' ? host.locale : rememberedLocale();
requestLocale.set(initialLocale);

root.render(
  <StrictMode>
    <HostContext.Provider value={host}>
      <App config={config} host={host} initialLocale={initialLocale} />
    </HostContext.Provider>
  </StrictMode>,
);
