import { FluentProvider, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { translate } from '@elan/core/i18n/translate';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadRuntimeConfig } from './config/runtimeConfig';
import { rememberedLocale } from './i18n/localeChoice';
import { requestLocale } from './i18n/requestLocale';
import { detectHost } from './teams/host';

const root = createRoot(document.getElementById('root')!);

// Something to look at while the config loads and Teams answers (or does not).
root.render(
  <FluentProvider theme={teamsLightTheme}>
    <Spinner label={translate(rememberedLocale(), 'app.loading')} style={{ padding: '64px 0' }} />
  </FluentProvider>,
);

const [config, host] = await Promise.all([loadRuntimeConfig(), detectHost()]);
// Inside Teams the user's Teams language wins; in local preview, the last choice (French by default).
const initialLocale = host.kind === 'teams' ? host.locale : rememberedLocale();
requestLocale.set(initialLocale);

root.render(
  <StrictMode>
    <App config={config} host={host} initialLocale={initialLocale} />
  </StrictMode>,
);
