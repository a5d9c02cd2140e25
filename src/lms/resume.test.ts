import { describe, expect, it } from 'vitest';
import { loadFixture, loadSampleScenarios } from '../engine/fixtures/load.ts';
import { playPolicy, POLICIES } from '../engine/policies.ts';
import { startSession } from '../engine/session.ts';
import type { Transcript } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { readResumeData, resumeDataOf, resumeScenarioId, SCORM12_SUSPEND_MAX } from './resume.ts';

const headphones = loadFixture('fixture-headphones');

function restored(scenario: Scenario, transcript: Transcript, max?: number) {
  const data = resumeDataOf(scenario, transcript, 'pack', max);
  const read = readResumeData(data, scenario);
  if (!read.ok) throw new Error(read.problem);
  return { data, session: read.session, timingSource: read.timingSource };
}

describe('resume data', () => {
  it('restores a play part-way at the same step, node and events', () => {
    const full = playPolicy({
      scenario: headphones,
      policy: 'random',
      seed: 7,
      timing: 'standard',
    });
    const half: Transcript = { ...full, events: full.events.slice(0, 3) };
    const { session, timingSource, data } = restored(headphones, half);
    expect(session.transcript().events).toEqual(half.events);
    expect(session.view().step).toBe(3);
    expect(session.transcript().seed).toBe(7);
    expect(session.transcript().timing).toBe('standard');
    expect(timingSource).toBe('pack');
    expect(resumeScenarioId(data)).toBe(headphones.id);
  });

  it('round-trips every policy on every sample scenario', () => {
    for (const { scenario } of loadSampleScenarios()) {
      for (const policy of POLICIES) {
        const transcript = playPolicy({ scenario, policy, seed: 3, timing: 'off' });
        const { session } = restored(scenario, transcript);
        expect(session.transcript().events, `${scenario.id} ${policy}`).toEqual(transcript.events);
      }
    }
  });

  it(`stays within SCORM 1.2's ${SCORM12_SUSPEND_MAX} characters on the longest path of the largest scenario`, () => {
    const samples = loadSampleScenarios();
    expect(samples.length).toBeGreaterThan(3);
    const largest = samples
      .map(({ scenario }) => scenario)
      .sort((a, b) => Object.keys(b.nodes).length - Object.keys(a.nodes).length)[0]!;
    // The longest path any policy and seed walks (options and records analysed in full), with
    // feedback and timing letters set: the most a real play can write.
    let longest: Transcript | undefined;
    for (const policy of POLICIES)
      for (let seed = 1; seed <= 40; seed += 1) {
        const transcript = playPolicy({ scenario: largest, policy, seed, timing: 'standard' });
        if (longest === undefined || transcript.events.length > longest.events.length)
          longest = transcript;
      }
    const transcript = { ...longest!, feedback: 'after-each-choice' as const };
    const data = resumeDataOf(largest, transcript, 'learner');
    console.info(
      `${largest.id} (${Object.keys(largest.nodes).length} nodes): longest path ${transcript.events.length} events, resume data ${data.length} characters, its transcript ${JSON.stringify(transcript).length}`,
    );
    expect(data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_MAX);
    const { session } = restored(largest, transcript);
    expect(session.transcript().events).toEqual(transcript.events);
  });

  it('never goes over the limit: a play too long keeps the longest start that fits', () => {
    const full = playPolicy({ scenario: headphones, policy: 'worst', seed: 1, timing: 'off' });
    const whole = resumeDataOf(headphones, full, 'default');
    const max = whole.length - 3;
    const { data, session } = restored(headphones, full, max);
    expect(data.length).toBeLessThanOrEqual(max);
    expect(session.transcript().events).toEqual(full.events.slice(0, session.view().step));
    expect(session.view().step).toBeLessThan(full.events.length);
  });

  it('refuses damaged, foreign or outdated data with a reason, never a throw', () => {
    const full = playPolicy({ scenario: headphones, policy: 'best', seed: 2, timing: 'off' });
    const data = resumeDataOf(headphones, full, 'default');
    const problem = (text: string, scenario: Scenario = headphones) => {
      const read = readResumeData(text, scenario);
      return read.ok ? 'restored' : read.problem;
    };
    expect(problem('')).toMatch(/not in a form/);
    expect(problem('{"a":1}')).toMatch(/not in a form/);
    expect(problem(data.replace('|r1', 'x'), loadFixture('fixture-meter-letter'))).toMatch(
      /for scenario/,
    );
    const changed = { ...headphones, title: `${headphones.title} (edited)` };
    expect(problem(data, changed)).toMatch(/has changed/);
    const fields = data.split('|');
    expect(problem([...fields.slice(0, 4), 'zzzz', fields[5]].join('|'))).toMatch(/damaged/);
    expect(problem([...fields.slice(0, 3), '-1', ...fields.slice(4)].join('|'))).toMatch(/damaged/);
    expect(problem(`${data}.99`)).toMatch(/does not replay/);
    expect(problem(data.replace(/\|([^|]*)$/, '|rno-such-record'))).toMatch(/does not replay/);
    expect(problem(data)).toBe('restored');
    expect(resumeScenarioId('garbage')).toBeUndefined();
  });

  it('writes a fresh play (no events yet) and restores it', () => {
    const session = startSession({ scenario: headphones, seed: 5, timing: 'extended' });
    const { session: back } = restored(headphones, session.transcript());
    expect(back.view().step).toBe(0);
    expect(back.transcript().timing).toBe('extended');
  });
});
