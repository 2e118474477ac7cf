import { personas } from '@elan/core/dev/personas';
import { Select, useId } from '@fluentui/react-components';
import { BeakerRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import type { ThemeKind } from '../teams/themeKind';
import { useShellStyles } from './styles';
import { useThemeChoice } from './ThemeChoice';
import { loadTheme } from './themes';

/** Says we are outside Teams and lets the developer act as one of the seeded personas. */
export function PreviewBanner() {
  const { t } = useT();
  const { persona, setPersona } = useSession();
  const styles = useShellStyles();
  const id = useId('persona');
  const themeId = useId('theme');
  const { theme, setTheme } = useThemeChoice();
  // The looks this picker offers, downloaded beforehand so that choosing one applies it at once.
  useEffect(() => {
    for (const kind of ['dark', 'contrast'] as const) loadTheme(kind).catch(() => undefined);
  }, []);
  if (!persona || !setPersona) return null;
  return (
    <div className={styles.banner} role="region" aria-label={t('preview.banner')}>
      <span className={styles.bannerText}>
        <BeakerRegular aria-hidden />
        {t('preview.banner')}
      </span>
      <div className={styles.inlineField}>
        <label htmlFor={id} className={styles.inlineLabel}>
          {t('preview.actAs')}
        </label>
        <Select
          id={id}
          size="small"
          value={persona.userId}
          onChange={(_e, data) => {
            const next = personas.find((p) => p.userId === data.value);
            if (next) setPersona(next);
          }}
        >
          {personas.map((p) => (
            <option key={p.userId} value={p.userId}>
              {t(p.label)}
            </option>
          ))}
        </Select>
      </div>
      {setTheme && (
        <div className={styles.inlineField}>
          <label htmlFor={themeId} className={styles.inlineLabel}>
            {t('tab.preview.theme')}
          </label>
          <Select id={themeId} size="small" value={theme} onChange={(_e, data) => setTheme(data.value as ThemeKind)}>
            {(['light', 'dark', 'contrast'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`tab.preview.theme.${k}`)}
              </option>
            ))}
          </Select>
        </div>
      )}
    </div>
  );
}
