import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import type { Survey } from './survey';
import type { SurveyAnswers } from './surveyAnswers';
import { answersInDialog, maxNominations, nomineeKinds, type SurveyQuestion, surveyQuestions } from './surveyQuestions';
import type { SurveyResults } from './surveyResults';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDate, cardDay } from '../adaptiveCards/cardDate';
import { executeAction, refreshBlock } from '../adaptiveCards/executeAction';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { plainField, plainText } from '../adaptiveCards/plainText';

/** Everything a survey card shows. The base card (sent to the channel) has no `mine`. */
export interface SurveyCardView {
  survey: Survey;
  respondents: number;
  needed: number;
  results: SurveyResults | null;
  locale: Locale;
  /** The viewer's own answers in a user-specific view; null when they have not answered. */
  mine?: SurveyAnswers | null;
  notice?: { key: MessageKey; tone: 'good' | 'attention' };
  canClose?: boolean;
  /** Where the tab is: the card then links to "My answers" there. */
  links?: TabLinks;
}

/** The data every action of a survey card carries, so a click finds its survey. */
export interface SurveyActionData {
  verb: 'survey.answer' | 'survey.refresh' | 'survey.close' | 'survey.open' | 'survey.submit';
  communityId: string;
  surveyId: string;
}

type Element = Record<string, unknown>;

const card = (body: Element[], actions: Element[], extra: Record<string, unknown> = {}): AdaptiveCard => ({
  ...cardEnvelope,
  ...extra,
  body,
  ...(actions.length ? { actions } : {}),
});

const text = (t: string, more: Record<string, unknown> = {}): Element => ({ type: 'TextBlock', text: t, wrap: true, ...more });

function actionData(survey: Survey, verb: SurveyActionData['verb']): SurveyActionData {
  return { verb, communityId: survey.communityId, surveyId: survey.id };
}

/** The inputs of one question, prefilled with the viewer's earlier answer. */
function questionInputs(q: SurveyQuestion, locale: Locale, mine: SurveyAnswers | null | undefined): Element[] {
  const id = `q.${q.id}`;
  // The facilitator's wording is user content: kept as typed (input labels are not Markdown).
  const label = q.text !== undefined ? plainField(q.text) : translate(locale, q.key);
  const earlier = mine?.[q.id];
  switch (q.type) {
    case 'likert':
      return [
        {
          type: 'Input.ChoiceSet',
          id,
          label,
          style: 'compact',
          isRequired: q.required ?? false,
          errorMessage: translate(locale, 'survey.likertPlaceholder'),
          placeholder: translate(locale, 'survey.likertPlaceholder'),
          choices: [1, 2, 3, 4, 5].map((n) => ({ title: translate(locale, `survey.likert.${n}` as MessageKey), value: String(n) })),
          ...(typeof earlier === 'number' ? { value: String(earlier) } : {}),
        },
      ];
    case 'text':
      return [
        { type: 'Input.Text', id, label, isMultiline: true, maxLength: 1000, ...(typeof earlier === 'string' ? { value: earlier } : {}) },
      ];
    case 'choice':
    case 'multi':
      return [
        {
          type: 'Input.ChoiceSet',
          id,
          label,
          style: 'expanded',
          isMultiSelect: q.type === 'multi',
          isRequired: q.required ?? false,
          errorMessage: translate(locale, 'survey.error.invalid'),
          choices: (q.options ?? []).map((o) => ({ title: translate(locale, `${q.key}.${o}` as MessageKey), value: o })),
          ...(earlier !== undefined ? { value: Array.isArray(earlier) ? (earlier as string[]).join(',') : String(earlier) } : {}),
        },
      ];
    case 'nominations': {
      const list = Array.isArray(earlier) ? (earlier as { name: string; kind: string; why?: string }[]) : [];
      const rows: Element[] = [text(label, { weight: 'Bolder' })];
      for (let n = 1; n <= maxNominations; n++) {
        const prior = list[n - 1];
        rows.push({
          type: 'Container',
          separator: n > 1,
          items: [
            {
              type: 'Input.Text',
              id: `${id}.${n}.name`,
              label: translate(locale, 'survey.snowball.name', { n }),
              maxLength: 100,
              ...(prior ? { value: prior.name } : {}),
            },
            {
              type: 'Input.ChoiceSet',
              id: `${id}.${n}.kind`,
              label: translate(locale, 'survey.snowball.kind'),
              style: 'compact',
              value: prior?.kind ?? 'person',
              choices: nomineeKinds.map((k) => ({ title: translate(locale, `survey.snowball.kind.${k}`), value: k })),
            },
            {
              type: 'Input.Text',
              id: `${id}.${n}.why`,
              label: translate(locale, 'survey.snowball.why'),
              maxLength: 200,
              ...(prior?.why ? { value: prior.why } : {}),
            },
          ],
        });
      }
      return rows;
    }
  }
}

/** Aggregates in a few lines: Likert means and choice counts (open texts stay in the tab). */
function resultLines(view: SurveyCardView): Element[] {
  const { results, locale, survey } = view;
  if (!results) return [];
  if (results.stories) return [text(translate(locale, 'survey.storiesShared', { n: results.stories.length }), { isSubtle: true })];
  const questions = surveyQuestions(survey);
  const lines: Element[] = [];
  for (const r of results.questions) {
    const q = questions.find((x) => x.id === r.id)!;
    if (r.type === 'likert' && r.mean !== null)
      lines.push(
        factRow(q.text !== undefined ? plainText(q.text) : translate(locale, q.key), translate(locale, 'survey.mean', { mean: r.mean })),
      );
    if (r.type === 'choice' || r.type === 'multi')
      for (const [option, count] of Object.entries(r.counts))
        lines.push(factRow(translate(locale, `${q.key}.${option}` as MessageKey), String(count)));
  }
  return lines;
}

function factRow(label: string, value: string): Element {
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: [text(label)] },
      { type: 'Column', width: 'auto', items: [text(value, { weight: 'Bolder' })] },
    ],
  };
}

/** Header lines shared by the card and the dialog. */
function header(survey: Survey, locale: Locale): Element[] {
  // A satisfaction survey opens with the facilitator's invitation (their text, shown as typed).
  const intro = survey.invitation
    ? plainText(survey.invitation)
    : (survey.kind === 'checkout' || survey.kind === 'feedback') && survey.meetingDate
      ? translate(locale, `survey.intro.${survey.kind}`, { date: cardDay(survey.meetingDate) })
      : translate(locale, `survey.intro.${survey.kind}`);
  const body = [text(translate(locale, `survey.title.${survey.kind}`), { size: 'Large', weight: 'Bolder', style: 'heading' }), text(intro)];
  body.push(
    text(translate(locale, survey.kind === 'story' ? 'survey.storyConsentNote' : 'survey.anonymous'), { isSubtle: true, spacing: 'Small' }),
  );
  return body;
}

/**
 * The survey card posted to the channel and returned to each person who acts on it. Short surveys are
 * answered on the card; long ones open a dialog (task module) from it.
 */
export function surveyCard(view: SurveyCardView): AdaptiveCard {
  const { survey, locale, mine } = view;
  const open = survey.status === 'open';
  const body: Element[] = [];
  if (view.notice) body.push(text(translate(locale, view.notice.key), { color: view.notice.tone, weight: 'Bolder' }));
  body.push(...header(survey, locale));
  const facts = [
    translate(locale, open ? 'survey.closesOn' : 'survey.closedOn', {
      date: cardDate(open ? survey.closesAt : (survey.closedAt ?? survey.closesAt)),
    }),
    translate(locale, 'survey.respondents', { n: view.respondents }),
  ];
  body.push(text(facts.join(' · '), { isSubtle: true, spacing: 'Small' }));
  if (mine !== undefined) body.push(text(translate(locale, mine ? 'survey.youAnswered' : 'survey.notAnsweredYet'), { weight: 'Bolder' }));
  if (view.needed > 0)
    body.push(text(translate(locale, 'survey.needed', { threshold: survey.threshold, n: view.needed }), { isSubtle: true }));
  const results = resultLines(view);
  if (results.length)
    body.push(text(translate(locale, 'survey.results'), { weight: 'Bolder', separator: true, spacing: 'Medium' }), ...results);
  if (!open && survey.kind === 'snowball' && survey.proposedStakeholders)
    body.push(text(translate(locale, 'survey.proposedAdded', { n: survey.proposedStakeholders }), { isSubtle: true }));

  const actions: Element[] = [];
  const execute = (verb: SurveyActionData['verb'], key: MessageKey, style?: 'positive' | 'destructive') =>
    executeAction({ verb, title: translate(locale, key), data: actionData(survey, verb), ...(style ? { style } : {}) });
  if (open) {
    if (answersInDialog(survey)) {
      // Teams opens a dialog for Action.Submit with msteams.type task/fetch; the form lives there.
      actions.push({
        type: 'Action.Submit',
        title: translate(locale, mine ? 'survey.changeAnswer' : 'survey.openForm'),
        style: 'positive',
        data: { msteams: { type: 'task/fetch' }, ...actionData(survey, 'survey.open') },
      });
    } else {
      body.push({
        type: 'Container',
        separator: true,
        spacing: 'Medium',
        items: surveyQuestions(survey).flatMap((q) => questionInputs(q, locale, mine)),
      });
      actions.push(execute('survey.answer', mine ? 'survey.changeAnswer' : 'survey.answer', 'positive'));
    }
    actions.push(execute('survey.refresh', 'survey.refresh'));
    if (view.canClose) actions.push(execute('survey.close', 'survey.close', 'destructive'));
  }
  if (view.links)
    actions.push({
      type: 'Action.OpenUrl',
      title: translate(locale, 'cardLink.answers'),
      url: tabLink(view.links, survey.communityId, tabRoutes.answers(survey.communityId)),
    });
  return card(body, actions, {
    // Each viewer's client asks for their own view ("you answered"), as for polls.
    refresh: refreshBlock(
      { verb: 'survey.refresh', title: translate(locale, 'survey.refresh'), data: actionData(survey, 'survey.refresh') },
      survey.facilitatorIds,
    ),
  });
}

/** The form shown in the dialog for long surveys, prefilled with the person's earlier answers. */
export function surveyFormCard(survey: Survey, locale: Locale, mine: SurveyAnswers | null, notice?: MessageKey): AdaptiveCard {
  const body: Element[] = [];
  if (notice) body.push(text(translate(locale, notice), { color: 'attention', weight: 'Bolder' }));
  body.push(...header(survey, locale));
  body.push(...surveyQuestions(survey).flatMap((q) => questionInputs(q, locale, mine)));
  return card(body, [
    {
      type: 'Action.Submit',
      title: translate(locale, 'survey.dialog.submit'),
      style: 'positive',
      data: actionData(survey, 'survey.submit'),
    },
  ]);
}
