/**
 * The spinner's label while the first catalog downloads (main.tsx). It is the one text of the tab not taken
 * from a catalog, since none is loaded yet; bilingual because the language may not be known either.
 */
export const bootLoadingLabel = 'Chargement… / Loading…';

/** Shown in place of the tab when its code cannot be downloaded before any catalog is (main.tsx); bilingual too. */
export const bootFailedText = 'Élan n’a pas pu être téléchargé : rechargez la page. / Élan could not be downloaded: reload the page.';
