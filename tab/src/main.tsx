import { rememberedPersona } from './auth/personaChoice';
import { loadRuntimeConfig } from './config/runtimeConfig';
import { bootFailedText } from './i18n/bootText';
import { loadFirstCatalog } from './i18n/loadedCatalogs';
import { rememberedLocale } from './i18n/localeChoice';
import { requestLocale } from './i18n/requestLocale';
import { frameRoute } from './routing/frameRoute';
import { prefetchScreenData } from './routing/prefetchScreenData';
import { parseRoute, routeHash } from './routing/routes';
import { apiFor, sessionOwner } from './session/apiFor';
import { detectHost, hasTeamsTestHook, teamsSdkForTests } from './teams/host';

// The entry is small on purpose: it asks for the config, Teams, the first catalog and the first screen's reads
// at once, while React, Fluent and the app (startApp.tsx) download and start beside them.
const appLoad = import('./startApp');
// Without React there is no screen to show an error in: say it in plain text (a reload tries again).
appLoad.catch(() => {
  document.getElementById('root')!.textContent = bootFailedText;
});
const configLoad = loadRuntimeConfig();
// The browser tests' teams-js stand-in is honoured only once the config says this is a local run (see host.ts).
const hostLoad = hasTeamsTestHook() ? configLoad.then((c) => detectHost({ sdk: teamsSdkForTests(c) })) : detectHost();
// Inside Teams the user's Teams language wins; in local preview, the last choice (French by default). Only
// the first parts of that language's catalog are downloaded before the first render (the rest with the first
// screen that needs it, the other language when something asks for it: the language switch, a CSV import).
// The screen the address names starts downloading then too, rather than after the first render, but after the
// catalog: the browser fetches in the order asked, a few files at a time, and the first render waits for it.
// So does the look, when it is not the light one of the first download (a failed download keeps light).
const localeLoad = hostLoad.then(async (h) => {
  const locale = h.kind === 'teams' ? h.locale : rememberedLocale();
  requestLocale.set(locale);
  const catalog = loadFirstCatalog(locale);
  const screen = appLoad.then(async (app) => {
    app.preloadScreen(parseRoute(window.location.hash));
    await app.loadTheme(h.kind === 'teams' ? h.theme : app.rememberedTheme()).catch(() => undefined);
  });
  await Promise.all([catalog, screen]);
  return locale;
});
// The first screen's reads start once the API and the person are known (the config and the host), before the
// first render; the session's own client takes them over (see prefetchScreenData).
void Promise.all([configLoad, hostLoad]).then(([c, h]) => {
  const persona = h.kind === 'teams' ? undefined : rememberedPersona();
  prefetchScreenData(parseRoute(window.location.hash), sessionOwner(persona), apiFor(c, h, persona));
});
const [config, host, initialLocale, app] = await Promise.all([configLoad, hostLoad, localeLoad, appLoad]);
// Teams loads the same contentUrl in every frame (tab, side panel, stage, settings): open the screen the frame
// means before the first render, replacing the history entry rather than adding one, so Back never lands on it.
if (host.kind === 'teams') {
  const start = frameRoute(host.frame, parseRoute(window.location.hash));
  if (start && routeHash(start) !== window.location.hash) window.history.replaceState(window.history.state, '', routeHash(start));
}
requestLocale.set(initialLocale);
app.renderApp(config, host, initialLocale);
