import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Field, Input } from '@fluentui/react-components';
import { useFieldStyles } from '../fields/styles';
import { FNumber, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow } from '../form/Section';

/**
 * The question of the month, shown once workshop 3 chooses it among the between-meeting activities: the day and time
 * the bot posts it (the first meeting's time zone) and up to 12 questions, one a month in rotation.
 */
export function QuestionOfMonthFields({ form }: { form: FormApi }) {
  const { t } = form;
  const fieldStyles = useFieldStyles();
  const draft = form.draft as RitualsDraft;
  if (!draft.betweenMeetings?.includes('questionOfMonth')) return null;
  const timePath = 'questionOfMonth.time';
  const timeId = form.domId(timePath);
  const timeIssues = form.issuesAt(timePath);
  return (
    <div data-testid="question-of-month">
      <p className={fieldStyles.hint}>{t('tab.w3.questionOfMonth.hint')}</p>
      <FieldRow>
        <FNumber form={form} path="questionOfMonth.day" min={1} max={28} />
        <Field
          label={{ children: form.label(timePath), htmlFor: timeId }}
          validationMessage={timeIssues.length > 0 ? timeIssues.join(' ') : undefined}
        >
          <Input
            id={timeId}
            type="time"
            value={draft.questionOfMonth?.time ?? ''}
            readOnly={form.readOnly}
            // An emptied time input gives "", which is not a time: remove the field instead.
            onChange={(_e, d) => form.set(timePath, d.value || undefined)}
          />
        </Field>
      </FieldRow>
      <ListEditor
        form={form}
        path="questionOfMonth.questions"
        max={12}
        compact
        newItem={() => ''}
        renderItem={(path, i) => (
          <FText
            form={form}
            path={path}
            label={t('tab.list.itemLabel', { label: t('tab.w3.questionOfMonth.question'), n: i + 1 })}
            max={200}
          />
        )}
      />
    </div>
  );
}
