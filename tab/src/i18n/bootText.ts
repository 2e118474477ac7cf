/**
 * The spinner's label while the first catalog downloads (main.tsx). It is the one text of the tab not taken
 * from a catalog, since none is loaded yet; bilingual because the language may not be known either.
 */
export const bootLoadingLabel = 'Chargement… / Loading…';
