import { fr } from '@elan/core/i18n/fr';
import { catalogs, isCatalogLoaded, loadCatalog } from './loadedCatalogs';

describe('loadCatalog', () => {
  it('starts empty, loads a language once and shares a download between callers', async () => {
    expect(isCatalogLoaded('fr')).toBe(false);
    expect(catalogs.fr).toBeUndefined();
    const first = loadCatalog('fr');
    const second = loadCatalog('fr');
    await Promise.all([first, second]);
    expect(isCatalogLoaded('fr')).toBe(true);
    expect(catalogs.fr).toBe(fr);
    expect(isCatalogLoaded('en')).toBe(false);
  });

  it('loads the other language only when asked for', async () => {
    await loadCatalog('en');
    expect(catalogs.en?.['home.title']).not.toBe(catalogs.fr?.['home.title']);
    expect(Object.keys(catalogs.en!)).toEqual(Object.keys(fr));
  });
});
