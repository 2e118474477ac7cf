import { Button, DialogTrigger, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DialogShell } from '../dialogs/DialogShell';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { navigate } from '../routing/useHashRoute';
import { useSession } from '../session/SessionContext';
import { showNotice } from '../shell/notice';
import { explainPrivacyFailure, fieldFailure } from './explainFailure';
import { eraseCommunity } from './privacyEndpoints';
import { confirmMatches } from './privacyRules';

const useStyles = makeStyles({
  // Red like every irreversible action; white on this red stays above 4.5:1.
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorStatusDangerBackground3Hover, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorStatusDangerBackground3Pressed, color: tokens.colorNeutralForegroundOnBrand },
  },
  content: { display: 'flex', flexDirection: 'column', gap: '12px' },
  text: { margin: 0 },
  name: { overflowWrap: 'anywhere' },
});

type Step = { name: 'edit' } | { name: 'erasing' } | { name: 'failed'; error: unknown };

/**
 * "Erase this community": a dialog that says what goes (everything, for everyone, for good), suggests exporting
 * first, and erases only once the community's name is typed exactly; then the home list says it is done.
 */
export function EraseCommunity({ communityId, communityName }: { communityId: string; communityName: string }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  // Kept mounted and closed with this flag: a Fluent dialog removed while open leaves the page inert.
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [step, setStep] = useState<Step>({ name: 'edit' });
  const matches = confirmMatches(typed, communityName);
  const erasing = step.name === 'erasing';

  const openChange = (next: boolean) => {
    if (erasing) return; // the request is under way: let it finish
    if (next) {
      setTyped('');
      setFieldError(undefined);
      setStep({ name: 'edit' });
    }
    setOpen(next);
  };

  const confirm = async () => {
    if (!matches || erasing) return;
    setFieldError(undefined);
    setStep({ name: 'erasing' });
    try {
      await eraseCommunity(api, communityId, typed.trim());
      setOpen(false);
      showNotice({ key: 'privacyTab.erased', intent: 'success', hash: routeHash({ name: 'home' }) });
      navigate({ name: 'home' });
    } catch (error) {
      const problem = fieldFailure(error, 'confirmName');
      setFieldError(problem);
      setStep(problem ? { name: 'edit' } : { name: 'failed', error });
    }
  };

  return (
    <DialogShell
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button className={styles.danger} icon={<DeleteRegular />} data-testid="erase-open">
          {t('privacyTab.erase.button')}
        </Button>
      }
      describedBy="erase-what"
      onSubmit={() => void confirm()}
      title={t('privacyTab.erase.dialogTitle', { name: communityName })}
      titleClassName={styles.name}
      contentClassName={styles.content}
      actions={
        <>
          <DialogTrigger disableButtonEnhancement action="close">
            <Button appearance="secondary" disabled={erasing}>
              {t('tab.dialog.cancel')}
            </Button>
          </DialogTrigger>
          <Button
            type="submit"
            className={matches ? styles.danger : undefined}
            disabled={!matches}
            disabledFocusable={matches && erasing}
            icon={erasing ? <Spinner size="tiny" /> : <DeleteRegular />}
            data-testid="erase-confirm"
          >
            {erasing ? t('privacyTab.erase.erasing') : t('privacyTab.erase.confirm')}
          </Button>
        </>
      }
    >
      <p id="erase-what" className={styles.text}>
        {t('privacyTab.erase.what')} <strong>{t('privacyTab.erase.irreversible')}</strong>
      </p>
      <p className={styles.text}>{t('privacyTab.erase.exportFirst')}</p>
      <Field className={styles.name} label={t('privacyTab.erase.confirmLabel', { name: communityName })} validationMessage={fieldError}>
        <Input
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(_e, d) => {
            setTyped(d.value);
            setFieldError(undefined);
          }}
        />
      </Field>
      {step.name === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="erase-error">
          <MessageBarBody>{explainPrivacyFailure(step.error, t)}</MessageBarBody>
        </MessageBar>
      )}
    </DialogShell>
  );
}
