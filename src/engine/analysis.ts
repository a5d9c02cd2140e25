import {
  AUDIENCES,
  RISK_LEVELS,
  type AnalysisItem,
  type Audience,
  type NodeOfKind,
  type RiskLevel,
} from '../scenario/schema.ts';
import { own } from '../scenario/own.ts';

/**
 * The learner's own analysis at an options node: for every option its main benefit and main risk
 * (picked from the author's short lists, shown in the play's seeded order like every other set of
 * options) and a rating of that risk; then whom the option put forward goes to. Pure functions.
 */

type OptionsNode = NodeOfKind<'options'>;
export type AnalysedOption = OptionsNode['options'][number];

export interface OptionAnalysis {
  benefit?: string;
  risk?: string;
  rating?: RiskLevel;
}

export interface NodeAnalysis {
  options: Record<string, OptionAnalysis>;
  putTo?: Audience;
}

/** The events that build an analysis (a part of SessionEvent). */
export type AnalysisEvent =
  | { type: 'PICK_BENEFIT'; optionId: string; itemId: string }
  | { type: 'PICK_RISK'; optionId: string; itemId: string }
  | { type: 'RATE_RISK'; optionId: string; level: RiskLevel }
  | { type: 'PUT_TO'; audience: Audience };

export const ANALYSIS_EVENT_TYPES = ['PICK_BENEFIT', 'PICK_RISK', 'RATE_RISK', 'PUT_TO'] as const;

export type AnalysisList = 'benefits' | 'risks';
export const ANALYSIS_LISTS: readonly AnalysisList[] = ['benefits', 'risks'];

export const listOf = (option: AnalysedOption, list: AnalysisList): AnalysisItem[] =>
  list === 'benefits' ? option.benefits : option.risks;

/** The place a list is shuffled under, beside the node's choices (see context.ts shownEntries). */
export const analysisListPlace = (optionId: string, list: AnalysisList): string =>
  `${optionId}/${list}`;

export const blankAnalysis = (): NodeAnalysis => ({ options: {} });

/** What the learner still has to do before putting an option forward, in words. Empty when done. */
export function missingSteps(node: OptionsNode, analysis: NodeAnalysis | undefined): string[] {
  const missing: string[] = [];
  for (const option of node.options) {
    const done = own(analysis?.options, option.id) ?? {};
    const gaps = [
      done.benefit === undefined ? 'its main benefit' : null,
      done.risk === undefined ? 'its main risk' : null,
      done.rating === undefined ? 'how serious that risk is' : null,
    ].filter((gap): gap is string => gap !== null);
    if (gaps.length > 0) missing.push(`“${option.title}”: ${gaps.join(', ')}`);
  }
  if (analysis?.putTo === undefined) missing.push('whom you put your choice to');
  return missing;
}

export const isAnalysisDone = (node: OptionsNode, analysis: NodeAnalysis | undefined): boolean =>
  missingSteps(node, analysis).length === 0;

const listed = (ids: readonly string[]): string => ids.join(', ');

/** Why an analysis event is illegal at this node, or null if it is legal. */
export function analysisRefusal(
  node: OptionsNode,
  nodeId: string,
  event: AnalysisEvent,
): { code: 'unknown-option' | 'unknown-item'; message: string } | null {
  if (event.type === 'PUT_TO') {
    return AUDIENCES.includes(event.audience)
      ? null
      : {
          code: 'unknown-item',
          message: `An option can be put to ${listed(AUDIENCES)}; not "${String(event.audience)}".`,
        };
  }
  const option = node.options.find((each) => each.id === event.optionId);
  if (option === undefined) {
    return {
      code: 'unknown-option',
      message: `Node "${nodeId}" has no option "${event.optionId}"; its options are: ${listed(node.options.map((each) => each.id))}.`,
    };
  }
  if (event.type === 'RATE_RISK') {
    return RISK_LEVELS.includes(event.level)
      ? null
      : {
          code: 'unknown-item',
          message: `A risk is rated ${listed(RISK_LEVELS)}; not "${String(event.level)}".`,
        };
  }
  const list: AnalysisList = event.type === 'PICK_BENEFIT' ? 'benefits' : 'risks';
  const ids = listOf(option, list).map((item) => item.id);
  if (ids.includes(event.itemId)) return null;
  return {
    code: 'unknown-item',
    message: `Option "${option.id}" at node "${nodeId}" has no ${list === 'benefits' ? 'benefit' : 'risk'} "${event.itemId}"; its ${list} are: ${listed(ids)}.`,
  };
}

/** The analysis once a (legal) event is applied: a later pick replaces an earlier one. */
export function applyAnalysisEvent(analysis: NodeAnalysis, event: AnalysisEvent): NodeAnalysis {
  if (event.type === 'PUT_TO') return { ...analysis, putTo: event.audience };
  const before = own(analysis.options, event.optionId) ?? {};
  const after: OptionAnalysis =
    event.type === 'PICK_BENEFIT'
      ? { ...before, benefit: event.itemId }
      : event.type === 'PICK_RISK'
        ? { ...before, risk: event.itemId }
        : { ...before, rating: event.level };
  return { ...analysis, options: { ...analysis.options, [event.optionId]: after } };
}

export const isAnalysisEvent = (event: { type: string }): event is AnalysisEvent =>
  (ANALYSIS_EVENT_TYPES as readonly string[]).includes(event.type);

/** The author's answers for an option: the right benefit and risk, the rating and the audience. */
export function authorsAnalysis(option: AnalysedOption): {
  benefit: string;
  risk: string;
  rating: RiskLevel;
  putTo: Audience;
} {
  // The validator insists on exactly one right item; the first stands in if a file has none.
  const right = (items: readonly AnalysisItem[]): string =>
    (items.find((item) => item.right === true) ?? items[0])?.id ?? '';
  return {
    benefit: right(option.benefits),
    risk: right(option.risks),
    rating: option.risk,
    putTo: option.putTo,
  };
}

/** The events that give the author's analysis wherever the learner's differs, putting `putForward`. */
export function authorsAnalysisEvents(
  node: OptionsNode,
  analysis: NodeAnalysis | undefined,
  putForward: string | undefined,
): AnalysisEvent[] {
  const events: AnalysisEvent[] = [];
  for (const option of node.options) {
    const author = authorsAnalysis(option);
    const mine = own(analysis?.options, option.id);
    if (mine?.benefit !== author.benefit)
      events.push({ type: 'PICK_BENEFIT', optionId: option.id, itemId: author.benefit });
    if (mine?.risk !== author.risk)
      events.push({ type: 'PICK_RISK', optionId: option.id, itemId: author.risk });
    if (mine?.rating !== author.rating)
      events.push({ type: 'RATE_RISK', optionId: option.id, level: author.rating });
  }
  const putTo = node.options.find((option) => option.id === putForward)?.putTo ?? 'customer';
  if (analysis?.putTo !== putTo) events.push({ type: 'PUT_TO', audience: putTo });
  return events;
}
