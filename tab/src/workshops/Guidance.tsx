import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { LightbulbRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { DisclosureButton } from '../common/DisclosureButton';

const useStyles = makeStyles({
  box: {
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    padding: '12px 16px',
    marginBottom: '20px',
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  title: { display: 'inline-flex', alignItems: 'center', gap: '8px', margin: 0 },
  body: { display: 'grid', gap: '16px', marginTop: '12px', '@media (min-width: 860px)': { gridTemplateColumns: '1fr 1fr' } },
  part: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  wide: { gridColumn: '1 / -1' },
  partTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '2px' },
  example: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/**
 * Why the workshop matters, the questions that guide it, how to run the session (timed plan), a worked example
 * and the pitfalls; collapsible so it stays out of the way.
 */
export function Guidance({ n }: { n: WorkshopNumber }) {
  const { t } = useT();
  const styles = useStyles();
  // Open where there is room beside the form's width; on a phone the form comes first.
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 640px)').matches);
  const bodyId = useId();
  return (
    <section className={styles.box} aria-label={t('tab.wizard.guidance.title')} data-testid="guidance">
      <div className={styles.head}>
        <Subtitle2 as="h2" className={styles.title}>
          <LightbulbRegular aria-hidden />
          {t('tab.wizard.guidance.title')}
        </Subtitle2>
        <DisclosureButton
          open={open}
          onToggle={setOpen}
          controls={bodyId}
          showLabel={t('wizard.guidance.show')}
          hideLabel={t('wizard.guidance.hide')}
        />
      </div>
      {/* `hidden` alone would lose to the grid display of the class, so the class only applies when open. */}
      <div id={bodyId} hidden={!open} className={open ? styles.body : undefined}>
        <div className={styles.part}>
          <h3 className={styles.partTitle}>{t('tab.wizard.guidance.why')}</h3>
          <Body1 as="p" style={{ margin: 0 }}>
            {t(`tab.guide.${n}.why`)}
          </Body1>
          <h3 className={styles.partTitle} style={{ marginTop: 8 }}>
            {t('tab.guide.questions')}
          </h3>
          <ul className={styles.list}>
            {lines(t(`tab.guide.${n}.questions`)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div className={styles.part}>
          <h3 className={styles.partTitle}>{t('tab.guide.how', { minutes: t(`tab.guide.${n}.minutes`) })}</h3>
          <ol className={styles.list}>
            {lines(t(`tab.guide.${n}.plan`)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <h3 className={styles.partTitle} style={{ marginTop: 8 }}>
            {t('tab.guide.pitfalls')}
          </h3>
          <ul className={styles.list}>
            {lines(t(`tab.guide.${n}.pitfalls`)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div className={`${styles.part} ${styles.wide}`}>
          <h3 className={styles.partTitle}>{t('tab.guide.example')}</h3>
          <Body1 as="p" className={styles.example}>
            {t(`tab.guide.${n}.example`)}
          </Body1>
        </div>
      </div>
    </section>
  );
}
