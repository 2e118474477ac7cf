import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

const useStyles = makeStyles({
  section: {
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: '20px',
    display: 'flex',
    flexDirection: 'column',
    gap: '18px',
    minWidth: 0,
    '@media (max-width: 480px)': { padding: '16px 12px' },
  },
  title: { margin: 0 },
});

/** A titled card grouping related fields of a workshop form. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={styles.title}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}
