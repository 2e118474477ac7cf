import { type Role, roles } from '@elan/core/community/community';
import type { MemberView } from '@elan/core/community/members';
import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { addMemberByAccount } from '../api/members';
import { failureMessage } from '../common/failureMessage';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { checkNewMember, type NewMemberCheck, type NewMemberDraft } from './newMember';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '32em' },
  text: { margin: 0 },
  submit: { alignSelf: 'flex-start' },
});

type Step = { name: 'edit' } | { name: 'adding' } | { name: 'added'; member: MemberView } | { name: 'failed'; error: unknown };

const empty: NewMemberDraft = { account: '', name: '', role: 'sponsor' };

/** "Add a sponsor": a person by Entra account (UPN or object id), a display name and a role (sponsor by default). */
export function AddMemberForm({ communityId, onAdded }: { communityId: string; onAdded(member: MemberView): void }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [draft, setDraft] = useState<NewMemberDraft>(empty);
  const [fields, setFields] = useState<Extract<NewMemberCheck, { ok: false }>['fields']>({});
  const [step, setStep] = useState<Step>({ name: 'edit' });

  const edit = (change: Partial<NewMemberDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    if (step.name === 'added') setStep({ name: 'edit' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (step.name === 'adding') return;
    const checked = checkNewMember(draft);
    if (!checked.ok) {
      setFields(checked.fields);
      setStep({ name: 'edit' });
      return;
    }
    setFields({});
    setStep({ name: 'adding' });
    try {
      const member = await addMemberByAccount(api, communityId, checked.input);
      setDraft(empty);
      setStep({ name: 'added', member });
      onAdded(member);
    } catch (error) {
      setStep({ name: 'failed', error });
    }
  }

  const adding = step.name === 'adding';
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="add-member">
      <Body1 as="p" className={styles.text}>
        {t('tab.members.add.intro')}
      </Body1>
      <Field
        label={t('tab.members.add.account')}
        hint={t('tab.members.add.accountHint')}
        validationMessage={fields.account && t(fields.account)}
        required
      >
        <Input value={draft.account} autoComplete="off" spellCheck={false} onChange={(_e, d) => edit({ account: d.value })} />
      </Field>
      <Field label={t('tab.members.add.name')} validationMessage={fields.name && t(fields.name)} required>
        <Input value={draft.name} autoComplete="off" onChange={(_e, d) => edit({ name: d.value })} />
      </Field>
      <Field label={t('tab.members.add.role')}>
        <Select value={draft.role} onChange={(_e, d) => edit({ role: d.value as Role })}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        className={styles.submit}
        type="submit"
        appearance="primary"
        disabledFocusable={adding}
        icon={adding ? <Spinner size="tiny" /> : <PersonAddRegular />}
      >
        {adding ? t('tab.members.add.adding') : t('tab.members.add.submit')}
      </Button>
      {/* Always mounted, so screen readers hear the confirmation when it appears. */}
      <div role="status" data-testid="add-member-status">
        {step.name === 'added' &&
          t(step.member.status === 'invited' ? 'tab.members.add.invited' : 'tab.members.add.done', {
            name: step.member.name,
            role: t(`role.${step.member.role}`),
          })}
      </div>
      {step.name === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="add-member-error">
          <MessageBarBody>{failureMessage(step.error, t)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
