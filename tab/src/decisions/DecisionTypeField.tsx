import type { DecisionKind } from '@elan/core/decisions/decisionKinds';
import { type MatrixRule, matrixRule } from '@elan/core/decisions/matrixRule';
import type { PollMethod } from '@elan/core/polls/poll';
import type { DecisionsDraft } from '@elan/core/workshops/decisions';
import { Field, Select, Spinner } from '@fluentui/react-components';
import { useCallback } from 'react';
import { getWorkshop } from '../api/endpoints';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';

/** The matrix rows a poll of `method` can follow: complete, a vote, and run by that poll method. */
export function fittingRows(rules: DecisionsDraft, method: PollMethod): MatrixRule[] {
  return (rules.decisionMatrix ?? []).flatMap((row) => {
    const rule = matrixRule(rules, row);
    return 'problem' in rule || rule.method !== method ? [] : [rule];
  });
}

/** The row an ask starts on: the one of its starter kind, else the first that fits; none without a matrix. */
export function initialRow(rows: readonly MatrixRule[], kind: DecisionKind | undefined): MatrixRule | undefined {
  return rows.find((r) => kind && r.decisionType?.kind === kind) ?? rows[0];
}

/** What the matrix offers an ask: the rows a poll of `method` can follow, once workshop 4 is read. */
export type MatrixRows = { status: 'loading' } | { status: 'ready'; rows: MatrixRule[]; initial: string | null };

/**
 * Reads workshop 4 and the rows fitting an ask of `method` (a failed read offers none: the general rules apply).
 * A charter ask offers none either: the charter changes by its own rule, which the API applies.
 */
export function useMatrixRows(communityId: string, method: PollMethod, kind: DecisionKind | undefined, charter = false): MatrixRows {
  const { api } = useSession();
  const load = useCallback(
    async () => (charter ? {} : ((await getWorkshop(api, communityId, 4)).data ?? {})) as DecisionsDraft,
    [api, communityId, charter],
  );
  const [state] = useLoad(load);
  if (state.status === 'loading') return { status: 'loading' };
  const rows = state.status === 'ready' ? fittingRows(state.data, method) : [];
  return { status: 'ready', rows, initial: initialRow(rows, kind)?.decisionType?.label ?? null };
}

/**
 * Chooses the decision type (a row of workshop 4's matrix) a poll follows, and shows the rule it brings: the row
 * decides method, quorum, period and anonymity, so the dialog does not ask for them. "None" keeps workshop 4's
 * general rules. Nothing shows when no row fits.
 */
export function DecisionTypeField({
  matrix,
  value,
  onChange,
}: {
  matrix: MatrixRows;
  /** The chosen row's type, or null for none. */
  value: string | null;
  onChange(decisionType: string | null): void;
}) {
  const { t } = useT();
  if (matrix.status === 'loading') return <Spinner size="tiny" label={t('tab.ask.decisionTypeLoading')} />;
  if (matrix.rows.length === 0) return null;
  const chosen = matrix.rows.find((r) => r.decisionType?.label === value);
  return (
    <Field
      label={t('tab.ask.decisionType')}
      hint={
        chosen
          ? t('tab.ask.rule', {
              method: t(`poll.method.${chosen.method}`),
              quorum: chosen.quorumPct,
              days: chosen.votingDays,
              anonymity: t(chosen.anonymous ? 'tab.ask.rule.anonymous' : 'tab.ask.rule.named'),
            })
          : t('tab.ask.decisionTypeNone.hint')
      }
    >
      <Select value={value ?? ''} onChange={(_e, d) => onChange(d.value || null)}>
        {matrix.rows.map((r) => (
          <option key={r.decisionType!.label} value={r.decisionType!.label}>
            {r.decisionType!.label}
          </option>
        ))}
        <option value="">{t('tab.ask.decisionTypeNone')}</option>
      </Select>
    </Field>
  );
}
