import { type Locale, locales, translate } from '@elan/core/i18n/translate';
import { Select, useId } from '@fluentui/react-components';
import { useT } from '../i18n/useT';
import { useShellStyles } from './styles';

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
            {translate(l, `community.language.${l}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}
