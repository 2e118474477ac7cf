import { type Locale, locales } from '@elan/core/i18n/locale';
import { Select, useId } from '@fluentui/react-components';
import { useT } from '../i18n/useT';
import { useShellStyles } from './styles';

/**
 * A language's name in that language ("Français", "English"), from the browser's own data rather than from
 * its catalog, which is not downloaded until the language is chosen.
 */
function endonym(locale: Locale): string {
  let name = endonyms.get(locale);
  if (name === undefined) {
    const raw = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    name = raw.charAt(0).toLocaleUpperCase(locale) + raw.slice(1);
    endonyms.set(locale, name);
  }
  return name;
}
// Once per language: building an Intl.DisplayNames costs milliseconds, and the header renders often.
const endonyms = new Map<Locale, string>();

/** The fr/en switch of local preview (inside Teams the language follows the Teams setting). */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useT();
  const styles = useShellStyles();
  const id = useId('language');
  if (!setLocale) return null;
  return (
    <div className={styles.inlineField}>
      <label htmlFor={id} className={styles.inlineLabel}>
        {t('app.language')}
      </label>
      <Select id={id} size="small" value={locale} onChange={(_e, data) => setLocale(data.value as Locale)}>
        {locales.map((l) => (
          // Each language is named in itself, as language pickers do.
          <option key={l} value={l} lang={l}>
            {endonym(l)}
          </option>
        ))}
      </Select>
    </div>
  );
}
