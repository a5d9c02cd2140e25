import { describe, expect, it } from 'vitest';
import { buildScenario, choice, dialogue, ending, oneMoment } from './fixtures/build.ts';
import { loadFixture } from './fixtures/load.ts';
import { inShownOrder } from './order.ts';
import { replayOptions, sessionAtStep, startSession } from './session.ts';
import { parseTranscript } from './transcript-schema.ts';

const ids = ['a', 'b', 'c', 'd', 'e'];
const items = ids.map((id) => ({ id }));
const orderFor = (seed: number, place = 'start@0') =>
  inShownOrder(items, { seed, place, order: 'seeded' }).map((item) => item.id);

describe('options are shown in an order drawn from the seed', () => {
  it('draws the same order from the same seed and place, and others from others', () => {
    expect(orderFor(7)).toEqual(orderFor(7));
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => orderFor(seed).join()));
    expect(seen.size).toBeGreaterThan(10);
    // Each visit to a node draws afresh.
    expect(
      new Set(Array.from({ length: 20 }, (_, n) => orderFor(3, `n@${n}`).join())).size,
    ).toBeGreaterThan(10);
  });

  it('puts each option first about as often as any other over many seeds', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 1000; seed += 1) {
      const first = orderFor(seed)[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const id of ids) expect(firsts.get(id), id).toBeGreaterThan(150);
  });

  it('keeps pinned options in their place and the authored order when unshuffled', () => {
    const pinned = [
      { id: 'quiet', pin: 'last' as const },
      ...items,
      { id: 'hello', pin: 'first' as const },
    ];
    for (let seed = 0; seed < 20; seed += 1) {
      const shown = inShownOrder(pinned, { seed, place: 'x', order: 'seeded' }).map((i) => i.id);
      expect(shown[0]).toBe('hello');
      expect(shown.at(-1)).toBe('quiet');
    }
    expect(inShownOrder(pinned, { seed: 1, place: 'x', order: 'authored' })).toEqual(pinned);
  });
});

const five = oneMoment(dialogue(ids.map((id) => choice(id))));

describe('the session shows, numbers and records the order', () => {
  it('numbers the view in shown order and logs the offer as shown', () => {
    const orders = Array.from({ length: 20 }, (_, seed) => {
      const session = startSession({ scenario: five, seed, timing: 'off' });
      const view = session.view();
      expect(view.choices.map((each) => each.number)).toEqual([1, 2, 3, 4, 5]);
      const shown = view.choices.map((each) => each.id);
      session.choose(shown[0] ?? '');
      const [decision] = session.context().decisions;
      expect(decision?.kind === 'choice' ? decision.offered : []).toEqual(shown);
      expect(session.transcript().optionOrder).toBe('seeded');
      return shown[0];
    });
    expect(new Set(orders).size).toBeGreaterThan(2);
  });

  it('shows the authored order when shuffling is off', () => {
    const session = startSession({
      scenario: five,
      seed: 4,
      timing: 'off',
      optionOrder: 'authored',
    });
    expect(session.view().choices.map((each) => each.id)).toEqual(ids);
    expect(session.transcript().optionOrder).toBe('authored');
  });

  it('honours a pin the author wrote in the scenario', () => {
    const pinned = oneMoment(
      dialogue([choice('say-nothing', { pin: 'last' }), ...ids.map((id) => choice(id))]),
    );
    for (let seed = 0; seed < 10; seed += 1) {
      const shown = startSession({ scenario: pinned, seed, timing: 'off' }).view().choices;
      expect(shown.at(-1)?.id).toBe('say-nothing');
    }
  });

  it('replays, restores and retries with the order the learner saw', () => {
    const scenario = buildScenario({
      nodes: {
        start: dialogue(ids.map((id) => choice(id, { next: 'again' }))),
        again: dialogue(ids.map((id) => choice(`${id}-2`))),
        end: ending(),
      },
    });
    const session = startSession({ scenario, seed: 11, timing: 'off' });
    const firstShown = session.view().choices.map((each) => each.id);
    session.choose(firstShown[2] ?? '');
    const secondShown = session.view().choices.map((each) => each.id);
    const saved = JSON.parse(JSON.stringify(session.transcript())) as unknown;
    const parsed = parseTranscript(saved);
    if (!parsed.ok) throw new Error('transcript did not parse');
    const retried = sessionAtStep({ scenario, transcript: parsed.transcript, step: 1 });
    expect(retried.view().choices.map((each) => each.id)).toEqual(secondShown);
    const fromStart = sessionAtStep({ scenario, transcript: parsed.transcript, step: 0 });
    expect(fromStart.view().choices.map((each) => each.id)).toEqual(firstShown);
  });

  it('replays a transcript recorded before shuffling in the authored order', () => {
    const session = startSession({ scenario: five, seed: 5, timing: 'off' });
    session.choose('c');
    const { optionOrder, ...old } = session.transcript();
    expect(optionOrder).toBe('seeded');
    const parsed = parseTranscript(old);
    expect(parsed.ok).toBe(true);
    expect(replayOptions(old).optionOrder).toBe('authored');
    const replayed = sessionAtStep({ scenario: five, transcript: old, step: 1 });
    const [decision] = replayed.context().decisions;
    expect(decision?.kind === 'choice' ? decision.offered : []).toEqual(ids);
  });

  it('shows complaint-log entries in a seeded order and logs it', () => {
    const headphones = loadFixture('fixture-headphones');
    const recordNode = Object.entries(headphones.nodes).find(([, node]) => node.kind === 'record');
    if (recordNode === undefined || recordNode[1].kind !== 'record')
      throw new Error('no record node');
    const [nodeId, node] = recordNode;
    const scenario = { ...headphones, start: nodeId };
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) {
      const view = startSession({ scenario, seed, timing: 'off' }).view();
      for (const field of node.fields) {
        const order = view.entryOrder[field.id] ?? [];
        expect([...order].sort()).toEqual(field.entries.map((entry) => entry.id).sort());
        orders.add(order.join());
      }
    }
    expect(orders.size).toBeGreaterThan(node.fields.length);
    const authored = startSession({ scenario, seed: 1, timing: 'off', optionOrder: 'authored' });
    const field = node.fields[0];
    expect(authored.view().entryOrder[field?.id ?? '']).toEqual(field?.entries.map((e) => e.id));
  });
});
