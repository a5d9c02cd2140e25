import type { JsonPath } from '../diagnostics.ts';
import type { CheckContext } from './context.ts';
import { closestMatch } from '../suggest.ts';

interface Named {
  id: string;
  path: JsonPath;
}

/** Reports every id after its first use within `items`. */
function reportRepeats(
  context: CheckContext,
  items: readonly Named[],
  describe: (id: string, first: Named) => { code: string; message: string; fix: string },
): void {
  const first = new Map<string, Named>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, item);
    else
      context.report({
        path: [...item.path, 'id'],
        severity: 'error',
        ...describe(item.id, earlier),
      });
  }
}

const nodeOf = (item: Named): string => String(item.path[1]);

/**
 * Ids that must be unique: choices and records across the scenario (transcripts and conditions
 * name them without their node), facts, and the rows and fields inside a node. References inside
 * a node (an options choice's `option`, a record's `reveals`) must name something that exists.
 */
export function checkIds(context: CheckContext): void {
  const { scenario } = context;
  const choices: Named[] = context.graph.decisions
    .filter((decision) => decision.kind === 'choice')
    .map((decision) => ({ id: decision.id, path: decision.path }));
  reportRepeats(context, choices, (id, first) => ({
    code: 'duplicate-choice',
    message: `choice id '${id}' is already used in node '${nodeOf(first)}'`,
    fix: 'give this choice its own id: transcripts and conditions name choices by id alone',
  }));

  const records: Named[] = [];
  const facts = scenario.complaint.facts.map((fact, index) => ({
    id: fact.id,
    path: ['complaint', 'facts', index],
  }));
  reportRepeats(context, facts, (id) => ({
    code: 'duplicate-id',
    message: `fact id '${id}' is used twice`,
    fix: 'give each fact its own id',
  }));
  const factIds = facts.map((fact) => fact.id);

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const base: JsonPath = ['nodes', nodeId];
    if (node.kind === 'investigate') {
      node.records.forEach((record, index) => {
        const path = [...base, 'records', index];
        records.push({ id: record.id, path });
        (record.reveals ?? []).forEach((fact, factIndex) => {
          if (factIds.includes(fact)) return;
          const guess = closestMatch(fact, factIds);
          context.report({
            path: [...path, 'reveals', factIndex],
            severity: 'error',
            code: 'unknown-fact',
            message: `record '${record.id}' reveals '${fact}', which is not one of the complaint's facts${guess !== undefined ? `: did you mean '${guess}'?` : ''}`,
            fix:
              guess !== undefined
                ? `write '${guess}'`
                : 'add it to complaint.facts, or correct the id',
          });
        });
      });
    }
    if (node.kind === 'options') {
      const options = node.options.map((option, index) => ({
        id: option.id,
        path: [...base, 'options', index],
      }));
      reportRepeats(context, options, (id) => ({
        code: 'duplicate-id',
        message: `option id '${id}' is used twice in node '${nodeId}'`,
        fix: 'give each option its own id',
      }));
      const optionIds = options.map((option) => option.id);
      node.choices.forEach((choice, index) => {
        if (choice.option === undefined || optionIds.includes(choice.option)) return;
        const guess = closestMatch(choice.option, optionIds);
        context.report({
          path: [...base, 'choices', index, 'option'],
          severity: 'error',
          code: 'unknown-option',
          message: `choice '${choice.id}' refers to option '${choice.option}', which node '${nodeId}' does not have${guess !== undefined ? `: did you mean '${guess}'?` : ''}`,
          fix: guess !== undefined ? `write '${guess}'` : `use one of ${optionIds.join(', ')}`,
        });
      });
    }
    if (node.kind === 'record') {
      const fields = node.fields.map((field, index) => ({
        id: field.id,
        path: [...base, 'fields', index],
      }));
      reportRepeats(context, fields, (id) => ({
        code: 'duplicate-id',
        message: `field id '${id}' is used twice in node '${nodeId}'`,
        fix: 'give each field its own id',
      }));
      node.fields.forEach((field, fieldIndex) =>
        reportRepeats(
          context,
          field.entries.map((entry, index) => ({
            id: entry.id,
            path: [...base, 'fields', fieldIndex, 'entries', index],
          })),
          (id) => ({
            code: 'duplicate-id',
            message: `entry id '${id}' is used twice in field '${field.id}'`,
            fix: 'give each entry its own id',
          }),
        ),
      );
    }
    if (node.kind === 'review') {
      reportRepeats(
        context,
        node.series.map((series, index) => ({ id: series.id, path: [...base, 'series', index] })),
        (id) => ({
          code: 'duplicate-id',
          message: `series id '${id}' is used twice in node '${nodeId}'`,
          fix: 'give each series its own id',
        }),
      );
      node.series.forEach((series, index) => {
        if (series.values.length === node.periods.length) return;
        context.report({
          path: [...base, 'series', index, 'values'],
          severity: 'error',
          code: 'series-length',
          message: `series '${series.id}' has ${series.values.length} values but node '${nodeId}' has ${node.periods.length} periods`,
          fix: 'give one value per period',
        });
      });
    }
  }
  reportRepeats(context, records, (id, first) => ({
    code: 'duplicate-id',
    message: `record id '${id}' is already used in node '${nodeOf(first)}'`,
    fix: 'give this record its own id: conditions name records by id alone',
  }));
}
