import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import { useT } from '../../i18n/useT';
import type { AgendaSummary } from './agenda';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'flex-start', gap: '6px', margin: 0, fontSize: tokens.fontSizeBase300 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  exact: { color: tokens.colorPaletteGreenForeground1 },
});

/** The agenda's running total against the meeting's length, updated as minutes are typed; over is a warning. */
export function AgendaFit({ id, summary, duration }: { id: string; summary: AgendaSummary; duration: number | undefined }) {
  const { t } = useT();
  const styles = useStyles();
  const text =
    summary.fit === 'unknown'
      ? t('tab.w3.agenda.totalOnly', { total: summary.total })
      : summary.fit === 'over'
        ? t('tab.w3.agenda.over', { total: summary.total, duration: duration!, over: -summary.slack })
        : summary.fit === 'under'
          ? t('tab.w3.agenda.under', { total: summary.total, duration: duration!, free: summary.slack })
          : t('tab.w3.agenda.exact', { total: summary.total });
  const Icon = summary.fit === 'over' ? WarningRegular : summary.fit === 'exact' ? CheckmarkCircleRegular : InfoRegular;
  return (
    // Polite: the total changes as minutes are typed, and a screen reader hears it once typing pauses.
    <p
      id={id}
      role="status"
      aria-live="polite"
      data-testid="agenda-total"
      data-fit={summary.fit}
      className={`${styles.line} ${summary.fit === 'over' ? styles.over : summary.fit === 'exact' ? styles.exact : ''}`}
    >
      <Icon aria-hidden style={{ marginTop: 2, flexShrink: 0 }} />
      <span>{text}</span>
    </p>
  );
}
