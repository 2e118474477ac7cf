import { Button, Field, Textarea } from '@fluentui/react-components';
import { CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { announce } from '../common/announcer';
import { preferences } from '../common/storage';
import { useT } from '../i18n/useT';

/** Notes taken during the meeting, kept in this browser only (never sent), to copy into the minutes later. */
export function QuickNotes({ communityId }: { communityId: string }) {
  const { t } = useT();
  const key = `elan.notes.${communityId}`;
  const [text, setText] = useState(() => preferences.get(key) ?? '');
  const update = (value: string) => {
    setText(value);
    preferences.set(key, value);
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Field label={t('tab.panel.notes.label')} hint={t('tab.panel.notes.hint')}>
        <Textarea value={text} rows={6} resize="vertical" onChange={(_e, d) => update(d.value)} data-testid="quick-notes" />
      </Field>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <Button
          size="small"
          icon={<CopyRegular />}
          disabled={!text}
          onClick={() =>
            void navigator.clipboard?.writeText(text).then(
              () => announce(t('tab.panel.notes.copied')),
              () => announce(t('tab.panel.notes.copyFailed')),
            )
          }
        >
          {t('tab.panel.notes.copy')}
        </Button>
        <Button size="small" appearance="subtle" icon={<DeleteRegular />} disabled={!text} onClick={() => update('')}>
          {t('tab.panel.notes.clear')}
        </Button>
      </div>
    </div>
  );
}
