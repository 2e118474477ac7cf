import { makeStyles, Subtitle1 } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';
import { sectionCard } from '../../common/cardStyles';

const useStyles = makeStyles({
  section: sectionCard('18px'),
  title: { margin: 0, display: 'block' },
  row: {
    display: 'grid',
    gap: '12px 16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 640px)': { gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' },
  },
});

/** A titled card grouping related fields of a workshop form. */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={testId}>
      <Subtitle1 as="h2" id={id} className={styles.title}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}

/** Short fields side by side where there is room, stacked on a phone. */
export function FieldRow({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.row}>{children}</div>;
}
