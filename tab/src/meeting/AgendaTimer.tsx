import { Button, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { ArrowPreviousRegular, NextRegular, PauseRegular, PlayRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { announce } from '../common/announcer';
import { useT } from '../i18n/useT';
import { crossing, formatClock, initialTimer, remaining, timerReducer, type TimerEvent, type TimerState } from './segmentTimer';

export interface AgendaSegment {
  label: string;
  minutes: number;
}

const useStyles = makeStyles({
  clock: { fontSize: '40px', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', lineHeight: 1.1, margin: '4px 0' },
  over: { color: tokens.colorPaletteRedForeground1 },
  current: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: 'anywhere' },
  controls: { display: 'flex', gap: '6px', flexWrap: 'wrap', margin: '8px 0' },
  list: { margin: '8px 0 0', paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '2px' },
  done: { color: tokens.colorNeutralForeground3, textDecoration: 'line-through' },
  now: { fontWeight: tokens.fontWeightSemibold },
});

/** Today's agenda with a timer per segment: start, pause, next; the changes are announced to screen readers. */
export function AgendaTimer({ segments }: { segments: readonly AgendaSegment[] }) {
  const { t } = useT();
  const styles = useStyles();
  const minutes = useMemo(() => segments.map((s) => s.minutes), [segments]);
  const [state, setState] = useState<TimerState>(initialTimer);
  const [now, setNow] = useState(0);
  const last = useRef({ remaining: Infinity, index: -1 });

  const dispatch = (type: TimerEvent['type']) => {
    const at = Date.now();
    const next = timerReducer(state, type === 'reset' ? { type } : { type, now: at }, segments.length);
    setNow(at);
    setState(next);
    if (next.index !== state.index) {
      const segment = segments[next.index];
      announce(
        segment
          ? t('tab.panel.timer.segment', { n: next.index + 1, count: segments.length, label: segment.label, minutes: segment.minutes })
          : t('tab.panel.timer.finished'),
      );
    } else if (type === 'start') announce(t('tab.panel.timer.started', { label: segments[next.index]?.label ?? '' }));
    else if (type === 'pause') announce(t('tab.panel.timer.paused'));
  };

  // Redraw every second while running, and announce "two minutes left" and "time is up" once each.
  useEffect(() => {
    if (state.startedAt === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      const left = remaining(state, minutes, at);
      const previous = last.current.index === state.index ? last.current.remaining : Infinity;
      const event = crossing(previous, left);
      if (event === 'twoMinutes') announce(t('tab.panel.timer.twoMinutes'));
      if (event === 'timeUp') announce(t('tab.panel.timer.timeUp', { label: segments[state.index]?.label ?? '' }));
      last.current = { remaining: left, index: state.index };
    }, 1000);
    return () => clearInterval(timer);
  }, [state, minutes, segments, t]);

  if (segments.length === 0) return <p>{t('tab.panel.noAgenda')}</p>;
  const finished = state.index >= segments.length;
  const running = state.startedAt !== null;
  const left = finished ? 0 : remaining(state, minutes, running ? now : 0);
  const segment = segments[state.index];
  const total = (segment?.minutes ?? 1) * 60_000;
  return (
    <div data-testid="agenda-timer">
      <p className={styles.current}>
        {finished
          ? t('tab.panel.timer.finished')
          : t('tab.panel.timer.current', { n: state.index + 1, count: segments.length, label: segment!.label })}
      </p>
      {!finished && (
        <>
          <p
            className={`${styles.clock} ${left < 0 ? styles.over : ''}`}
            aria-label={t('tab.panel.timer.left', { time: formatClock(left) })}
            data-testid="timer-clock"
          >
            {formatClock(left)}
          </p>
          <ProgressBar value={Math.min(1, Math.max(0, 1 - left / total))} aria-label={t('tab.panel.timer.progress')} />
        </>
      )}
      <div className={styles.controls}>
        {running ? (
          <Button icon={<PauseRegular />} onClick={() => dispatch('pause')}>
            {t('tab.panel.timer.pause')}
          </Button>
        ) : (
          <Button appearance="primary" icon={<PlayRegular />} disabled={finished} onClick={() => dispatch('start')}>
            {t('tab.panel.timer.start')}
          </Button>
        )}
        <Button icon={<NextRegular />} disabled={finished} onClick={() => dispatch('next')}>
          {t('tab.panel.timer.next')}
        </Button>
        <Button appearance="subtle" icon={<ArrowPreviousRegular />} disabled={state.index === 0} onClick={() => dispatch('previous')}>
          {t('tab.panel.timer.previous')}
        </Button>
      </div>
      <ol className={styles.list}>
        {segments.map((s, i) => (
          <li
            key={i}
            className={i < state.index ? styles.done : i === state.index ? styles.now : undefined}
            aria-current={i === state.index ? 'step' : undefined}
          >
            {t('tab.panel.segment', { label: s.label, minutes: s.minutes })}
          </li>
        ))}
      </ol>
    </div>
  );
}
