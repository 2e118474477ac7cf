import { bootEn } from '@elan/core/i18n/boot.en';
import { bootFr } from '@elan/core/i18n/boot.fr';

// Before any catalog is downloaded the language may not be known either: these texts say it in both, from the
// catalogs' tiny `boot` part (imported alone, so the entry stays small).

/** The spinner's label while the first catalog downloads (startApp.tsx). */
export const bootLoadingLabel = `${bootFr['boot.loading']} / ${bootEn['boot.loading']}`;

/** Shown in place of the tab when its code cannot be downloaded (main.tsx). */
export const bootFailedText = `${bootFr['boot.failed']} / ${bootEn['boot.failed']}`;
