import type { Scenario } from '../scenario/schema.ts';
import { nodeAt, shownChoices, shownEntries, type SessionContext } from './context.ts';
import { countdownAt } from './countdown.ts';
import { moodInWords } from './mood.ts';
import { nodeTextAt } from './node-text.ts';
import { analysisListPlace, listOf, missingSteps } from './analysis.ts';
import type { AnalysisView, ChoiceView, SessionView } from './types.ts';
import { own } from '../scenario/own.ts';

const revealsByScenario = new WeakMap<Scenario, Map<string, string[]>>();

/** Which facts each record brings to light, by record id (worked out once per scenario). */
function revealsOf(scenario: Scenario): Map<string, string[]> {
  const known = revealsByScenario.get(scenario);
  if (known !== undefined) return known;
  const reveals = new Map<string, string[]>();
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind !== 'investigate') continue;
    for (const record of node.records) {
      reveals.set(record.id, [...(reveals.get(record.id) ?? []), ...(record.reveals ?? [])]);
    }
  }
  revealsByScenario.set(scenario, reveals);
  return reveals;
}

// Options and escalate nodes extend their choices with `option` and `to`.
function textMember<K extends 'option' | 'to'>(choice: object, key: K): Partial<Record<K, string>> {
  const value: unknown = (choice as Partial<Record<K, unknown>>)[key];
  return typeof value === 'string' ? ({ [key]: value } as Partial<Record<K, string>>) : {};
}

/** The options node's lists in this visit's shown order, with the learner's picks; no right answers. */
function analysisView(scenario: Scenario, context: SessionContext): AnalysisView | null {
  const node = nodeAt(scenario, context.nodeId);
  if (node.kind !== 'options') return null;
  const analysis = own(context.analysis, context.nodeId);
  const shown = (option: (typeof node.options)[number], list: 'benefits' | 'risks') =>
    shownEntries(context, analysisListPlace(option.id, list), listOf(option, list)).map((item) => ({
      id: item.id,
      text: item.text,
    }));
  return {
    options: node.options.map((option) => {
      const done = own(analysis?.options, option.id) ?? {};
      return {
        id: option.id,
        title: option.title,
        benefits: shown(option, 'benefits'),
        risks: shown(option, 'risks'),
        benefit: done.benefit ?? null,
        risk: done.risk ?? null,
        rating: done.rating ?? null,
      };
    }),
    putTo: analysis?.putTo ?? null,
    missing: missingSteps(node, analysis),
  };
}

export function buildView(scenario: Scenario, context: SessionContext): SessionView {
  const node = nodeAt(scenario, context.nodeId);
  const choices: ChoiceView[] = shownChoices(scenario, context).map((choice, index) => ({
    id: choice.id,
    say: choice.say,
    number: index + 1,
    ...textMember(choice, 'option'),
    ...textMember(choice, 'to'),
  }));
  const reveals = revealsOf(scenario);
  const revealed = new Set(context.checked.flatMap((recordId) => reveals.get(recordId) ?? []));
  // Sessions saved before text could vary were never given it on entry: read it now instead.
  const text = context.text ?? nodeTextAt(node, context);
  return {
    nodeId: context.nodeId,
    kind: node.kind,
    node,
    customerLine: context.line,
    text,
    expression: 'expression' in node ? (node.expression ?? null) : null,
    mood: context.mood,
    moodInWords: moodInWords(context.mood),
    choices,
    entryOrder:
      node.kind === 'record'
        ? Object.fromEntries(
            node.fields.map((field) => [
              field.id,
              shownEntries(context, field.id, field.entries).map((entry) => entry.id),
            ]),
          )
        : {},
    countdown: countdownAt(scenario, context),
    checkedRecords:
      node.kind === 'investigate'
        ? node.records.filter((record) => context.checked.includes(record.id)).map((r) => r.id)
        : [],
    filledFields: { ...own(context.filled, context.nodeId) },
    revealedFacts: scenario.complaint.facts.filter((fact) => revealed.has(fact.id)),
    step: context.step,
    ending:
      node.kind === 'ending' ? { outcome: node.outcome, epilogue: text.epilogue ?? '' } : null,
    analysis: analysisView(scenario, context),
  };
}
