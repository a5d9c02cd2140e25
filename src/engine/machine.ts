import { assertEvent, assign, setup } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { analysisRefusal, isAnalysisEvent } from './analysis.ts';
import {
  analysisDone,
  applyAnalysis,
  applyCheckRecord,
  applyChoice,
  applyFillField,
  applyTimeout,
  blankContext,
  choicesOf,
  enterNode,
  nodeAt,
  routeHolds,
  targetOf,
  timeoutOf,
  type SessionContext,
} from './context.ts';
import type { OptionOrder, SessionEvent, TimingMode } from './types.ts';

export interface MachineInput {
  seed: number;
  timing: TimingMode;
  optionOrder?: OptionOrder | undefined;
}

interface ChoiceRoute {
  nodeId: string;
  choiceId: string;
  route: number;
}
interface TimeoutRoute {
  nodeId: string;
  route: number;
}
interface AtNode {
  nodeId: string;
}

const routesOf = (next: string | readonly unknown[]): number =>
  typeof next === 'string' ? 1 : next.length;

/**
 * The scenario as an XState machine, built from the data: a state per node, a CHOOSE transition per
 * choice and route (guarded by the route's condition, judged after the choice's consequences), a
 * TIMEOUT transition per route on timed dialogue nodes, CHECK_RECORD and FILL_FIELD as targetless
 * transitions on investigate and record nodes, the analysis events as targetless transitions on
 * options nodes (whose CHOOSE waits until the analysis is done), and a final state per ending. The
 * host owns the clock.
 */
export function compileScenario(scenario: Scenario) {
  const choiceAt = (nodeId: string, choiceId: string) => {
    const choice = choicesOf(nodeAt(scenario, nodeId)).find((each) => each.id === choiceId);
    if (choice === undefined) throw new Error(`Node "${nodeId}" has no choice "${choiceId}".`);
    return choice;
  };
  const timeoutAt = (nodeId: string) => {
    const timeout = timeoutOf(nodeAt(scenario, nodeId));
    if (timeout === undefined) throw new Error(`Node "${nodeId}" is not timed.`);
    return timeout;
  };

  const machineSetup = setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as MachineInput,
    },
    guards: {
      routeHolds: ({ context, event }, params: ChoiceRoute) =>
        event.type === 'CHOOSE' &&
        event.choiceId === params.choiceId &&
        // At an options node an option is put forward only once the learner has analysed them all.
        analysisDone(scenario, context) &&
        routeHolds(
          context,
          choiceAt(params.nodeId, params.choiceId),
          params.choiceId,
          params.route,
        ),
      timeoutRouteHolds: ({ context }, params: TimeoutRoute) =>
        context.timing !== 'off' &&
        routeHolds(context, timeoutAt(params.nodeId), null, params.route),
      isRecordHere: ({ event }, params: AtNode) => {
        const node = nodeAt(scenario, params.nodeId);
        return (
          event.type === 'CHECK_RECORD' &&
          node.kind === 'investigate' &&
          node.records.some((record) => record.id === event.recordId)
        );
      },
      isEntryHere: ({ event }, params: AtNode) => {
        const node = nodeAt(scenario, params.nodeId);
        if (event.type !== 'FILL_FIELD' || node.kind !== 'record') return false;
        const field = node.fields.find((each) => each.id === event.fieldId);
        return field?.entries.some((entry) => entry.id === event.entryId) ?? false;
      },
      isAnalysisHere: ({ event }, params: AtNode) => {
        const node = nodeAt(scenario, params.nodeId);
        return (
          isAnalysisEvent(event) &&
          node.kind === 'options' &&
          analysisRefusal(node, params.nodeId, event) === null
        );
      },
    },
    actions: {
      enter: assign(({ context }, params: AtNode) => enterNode(scenario, context, params.nodeId)),
      takeChoice: assign(({ context, event }, params: ChoiceRoute) => {
        assertEvent(event, 'CHOOSE');
        return applyChoice(
          scenario,
          context,
          choiceAt(params.nodeId, event.choiceId),
          params.route,
        );
      }),
      takeTimeout: assign(({ context, event }, params: TimeoutRoute) => {
        assertEvent(event, 'TIMEOUT');
        return applyTimeout(scenario, context, timeoutAt(params.nodeId), params.route);
      }),
      checkRecord: assign(({ context, event }) => {
        assertEvent(event, 'CHECK_RECORD');
        return applyCheckRecord(context, event.recordId);
      }),
      fillField: assign(({ context, event }) => {
        assertEvent(event, 'FILL_FIELD');
        return applyFillField(context, event.fieldId, event.entryId);
      }),
      analyse: assign(({ context, event }) => {
        assertEvent(event, ['PICK_BENEFIT', 'PICK_RISK', 'RATE_RISK', 'PUT_TO']);
        return applyAnalysis(context, event);
      }),
    },
  });

  type StateConfig = Parameters<typeof machineSetup.createStateConfig>[0];

  const states: Record<string, StateConfig> = {};
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const entry = { type: 'enter', params: { nodeId } } as const;
    if (node.kind === 'ending') {
      states[nodeId] = { type: 'final', entry };
      continue;
    }
    const on: NonNullable<StateConfig['on']> = {
      CHOOSE: node.choices.flatMap((choice) =>
        Array.from({ length: routesOf(choice.next) }, (_, route) => {
          const params = { nodeId, choiceId: choice.id, route };
          return {
            guard: { type: 'routeHolds', params } as const,
            target: targetOf(choice, route),
            reenter: true,
            actions: { type: 'takeChoice', params } as const,
          };
        }),
      ),
    };
    const timeout = timeoutOf(node);
    if (timeout !== undefined) {
      on.TIMEOUT = Array.from({ length: routesOf(timeout.next) }, (_, route) => {
        const params = { nodeId, route };
        return {
          guard: { type: 'timeoutRouteHolds', params } as const,
          target: targetOf(timeout, route),
          reenter: true,
          actions: { type: 'takeTimeout', params } as const,
        };
      });
    }
    if (node.kind === 'investigate') {
      on.CHECK_RECORD = {
        guard: { type: 'isRecordHere', params: { nodeId } },
        actions: 'checkRecord',
      };
    }
    if (node.kind === 'record') {
      on.FILL_FIELD = {
        guard: { type: 'isEntryHere', params: { nodeId } },
        actions: 'fillField',
      };
    }
    if (node.kind === 'options') {
      const analyse = {
        guard: { type: 'isAnalysisHere', params: { nodeId } },
        actions: 'analyse',
      } as const;
      on.PICK_BENEFIT = analyse;
      on.PICK_RISK = analyse;
      on.RATE_RISK = analyse;
      on.PUT_TO = analyse;
    }
    states[nodeId] = { entry, on };
  }

  return machineSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => blankContext(scenario, input),
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;

// A scenario object is never mutated once loaded, so its machine is built once.
const compiled = new WeakMap<Scenario, ScenarioMachine>();

export function machineFor(scenario: Scenario): ScenarioMachine {
  const known = compiled.get(scenario);
  if (known !== undefined) return known;
  const machine = compileScenario(scenario);
  compiled.set(scenario, machine);
  return machine;
}
