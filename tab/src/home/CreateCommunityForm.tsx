import { Button, Field, Input, Radio, RadioGroup, Spinner, Subtitle1 } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { ApiFailure } from '../api/failure';
import { createCommunity } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { navigate } from '../routing/useHashRoute';
import { useSession } from '../session/SessionContext';
import { showNotice } from '../shell/notice';
import { addDemoMembers } from './demoMembers';

const nameMax = 60; // as core's createCommunityInput; not imported to keep zod out of the first screen

/** Creates a community (I become its facilitator) and opens it. */
export function CreateCommunityForm({ headingId }: { headingId: string }) {
  const { t, locale } = useT();
  const { api, persona } = useSession();
  const styles = usePageStyles();
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<'fr' | 'en'>(locale);
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem =
      trimmed === '' ? t('validation.required') : trimmed.length > nameMax ? t('validation.tooLong', { max: nameMax }) : undefined;
    setNameError(problem);
    if (problem) return;
    setBusy(true);
    setError(undefined);
    try {
      const community = await createCommunity(api, { name: trimmed, language });
      const target = { name: 'community', communityId: community.id } as const;
      if (persona) {
        const added = await addDemoMembers(api, community.id, persona).then(
          () => true,
          () => false,
        );
        showNotice({
          key: added ? 'preview.demoMembersAdded' : 'tab.preview.demoMembersFailed',
          intent: added ? 'success' : 'warning',
          hash: routeHash(target),
        });
      }
      navigate(target);
    } catch (err) {
      const detail = err instanceof ApiFailure ? err.details.find((d) => d.path === 'name') : undefined;
      if (detail) setNameError(detail.message);
      else setError(err);
      setBusy(false);
    }
  }

  return (
    <form className={styles.formStack} onSubmit={(e) => void submit(e)} aria-labelledby={headingId} noValidate>
      <Subtitle1 as="h2" id={headingId} className={styles.sectionTitle}>
        {t('community.create.title')}
      </Subtitle1>
      <Field label={t('community.create.name')} hint={t('community.create.nameHint')} required validationMessage={nameError}>
        <Input value={name} onChange={(_e, data) => setName(data.value)} autoComplete="off" />
      </Field>
      <Field label={t('community.create.language')}>
        <RadioGroup value={language} layout="horizontal" onChange={(_e, data) => setLanguage(data.value as 'fr' | 'en')}>
          <Radio value="fr" label={t('community.language.fr')} />
          <Radio value="en" label={t('community.language.en')} />
        </RadioGroup>
      </Field>
      {error !== undefined && <ErrorState error={error} />}
      <div>
        <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : <AddRegular />}>
          {busy ? t('community.create.creating') : t('community.create.submit')}
        </Button>
      </div>
    </form>
  );
}
