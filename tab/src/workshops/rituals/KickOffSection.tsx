import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Button } from '@fluentui/react-components';
import { RocketRegular } from '@fluentui/react-icons';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { Section } from '../form/Section';
import { agendaSummary } from './agenda';
import { SegmentFields } from './SegmentFields';
import { kickOffScenario } from './standardAgenda';

/**
 * The kick-off meeting's own run sheet: the first meeting of the main series runs on it (its announcement shows it),
 * every later one on the usual agenda. Starts empty; the domain guide's scenario fills it in one click.
 */
export function KickOffSection({ form }: { form: FormApi }) {
  const { t } = form;
  const draft = form.draft as RitualsDraft;
  const sheet = draft.kickOffAgenda ?? [];
  const summary = agendaSummary(sheet, undefined);
  return (
    <Section title={t('tab.w3.section.kickOff')}>
      <ListEditor
        form={form}
        path="kickOffAgenda"
        max={12}
        hint={t('tab.w3.kickOffAgenda.hint')}
        newItem={() => ({ label: '' })}
        footerNote={
          sheet.length > 0 ? (
            <span id={`${form.domId('kickOffAgenda')}-total`}>{t('tab.w3.kickOffAgenda.total', { total: summary.total })}</span>
          ) : undefined
        }
        extraActions={
          sheet.length === 0 && !form.readOnly ? (
            <Button icon={<RocketRegular />} onClick={() => form.set('kickOffAgenda', kickOffScenario(t))}>
              {t('tab.w3.kickOff.useScenario')}
            </Button>
          ) : undefined
        }
        renderItem={(path, i) => <SegmentFields form={form} path={path} startsAt={summary.starts[i] ?? 0} />}
      />
    </Section>
  );
}
