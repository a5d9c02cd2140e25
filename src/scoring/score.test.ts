import { describe, expect, it } from 'vitest';
import {
  buildScenario,
  choice,
  dialogue,
  ending,
  explain,
  oneMoment,
} from '../engine/fixtures/build.ts';
import { loadFixture } from '../engine/fixtures/load.ts';
import { authorsAnalysisAt } from '../engine/fixtures/drive.ts';
import { replayTranscript } from './replay.ts';
import { startSession } from '../engine/session.ts';
import type { SessionEvent, TimingMode, Transcript } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { bestPathFrom } from './best-path.ts';
import { CRITICAL_OVERALL_CAP, scoreTranscript, statusOf } from './score.ts';
import { debriefText } from './text.ts';

const transcriptOf = (
  scenario: Scenario,
  events: SessionEvent[],
  timing: TimingMode = 'off',
): Transcript => {
  const session = startSession({ scenario, seed: 1, timing });
  events.forEach((event) => session.send(event));
  return session.transcript();
};
const choose = (...ids: string[]): SessionEvent[] =>
  ids.map((choiceId) => ({ type: 'CHOOSE', choiceId }));

/** A choice that evidences `listen` and criterion 312.2.1 by the same amount. */
const listening = (id: string, stance: string, value: number, next = 'end') =>
  choice(id, { stance, techniques: { listen: value }, criteria: { '312.2.1': value }, next });

/** Two dialogue moments in a row, both touching `listen` and criterion 312.2.1. */
const twoMoments = buildScenario({
  nodes: {
    start: dialogue(
      [
        listening('a-skilled', 'skilled', 2, 'second'),
        listening('a-adequate', 'adequate', 1, 'second'),
        listening('a-dismissive', 'dismissive', -2, 'second'),
      ],
      { customer: 'First.', expression: 'annoyed' },
    ),
    second: dialogue(
      [listening('b-skilled', 'skilled', 2), listening('b-dismissive', 'dismissive', -2)],
      { customer: 'Second.', expression: 'annoyed' },
    ),
    end: ending(),
  },
});

describe('opportunity-based scores', () => {
  it('scores taken over available', () => {
    const debrief = scoreTranscript(
      twoMoments,
      transcriptOf(twoMoments, choose('a-adequate', 'b-skilled')),
    );
    expect(debrief.techniques.listen).toMatchObject({
      score: 75,
      taken: 3,
      available: 4,
      opportunities: 2,
    });
    expect(debrief.criteria['312.2.1']).toMatchObject({ score: 75, status: 'met' });
  });

  it('counts negative evidence against', () => {
    const debrief = scoreTranscript(
      twoMoments,
      transcriptOf(twoMoments, choose('a-skilled', 'b-dismissive')),
    );
    expect(debrief.techniques.listen).toMatchObject({ score: 0, taken: 0, available: 4 });
    expect(debrief.criteria['312.2.1']?.status).toBe('not-met');
    const half = scoreTranscript(
      twoMoments,
      transcriptOf(twoMoments, choose('a-skilled', 'b-skilled')),
    );
    expect(half.techniques.listen?.score).toBe(100);
    expect(half.overall).toBe(100);
  });

  it('counts harm done where nothing positive was on offer, and shows nothing on 0 points', () => {
    const scenario = oneMoment(
      dialogue([
        choice('fine', { stance: 'skilled', techniques: { listen: 1 } }),
        choice('rude', { stance: 'dismissive', techniques: { 'remain-calm': -2 } }),
      ]),
    );
    const clear = scoreTranscript(scenario, transcriptOf(scenario, choose('fine')));
    expect(clear.techniques['remain-calm']).toMatchObject({
      score: null,
      available: 0,
      opportunities: 0,
    });
    const harmed = scoreTranscript(scenario, transcriptOf(scenario, choose('rude')));
    expect(harmed.techniques['remain-calm']).toMatchObject({
      score: 0,
      taken: -2,
      available: 0,
      opportunities: 1,
    });
    expect(harmed.techniques.listen).toMatchObject({ score: 0, taken: 0, available: 1 });
  });

  it('counts an id as an opportunity where any option offers it, the most on offer available', () => {
    const scenario = oneMoment(
      dialogue([
        choice('best', { stance: 'skilled', techniques: { listen: 2 } }),
        choice('refer', { stance: 'adequate', techniques: { 'involve-others': 1 } }),
        choice('rude', { stance: 'dismissive', techniques: { listen: -1 } }),
      ]),
    );
    const debrief = scoreTranscript(scenario, transcriptOf(scenario, choose('rude')));
    expect(debrief.techniques['involve-others']).toMatchObject({ score: 0, opportunities: 1 });
    expect(debrief.moments[0]?.techniques).toEqual({
      listen: { taken: -1, available: 2 },
      'involve-others': { taken: 0, available: 1 },
    });
  });

  it('says "no opportunity", never zero, for what the play never reached', () => {
    const scenario = buildScenario({
      nodes: {
        start: dialogue([
          choice('go-left', { stance: 'skilled', techniques: { listen: 1 }, next: 'left' }),
          choice('go-right', { stance: 'skilled', techniques: { listen: 1 }, next: 'right' }),
        ]),
        left: explain([
          choice('know', { stance: 'skilled', criteria: { '312.3.1': 2 } }),
          choice('guess', { stance: 'dismissive', criteria: { '312.3.1': -1 } }),
        ]),
        right: explain([choice('x'), choice('y')]),
        end: ending(),
      },
    });
    const debrief = scoreTranscript(scenario, transcriptOf(scenario, choose('go-right', 'x')));
    expect(debrief.criteria['312.3.1']).toMatchObject({
      status: 'no-opportunity',
      score: null,
      opportunities: 0,
    });
    expect(debrief.overall).toBe(100);
  });

  it('sets criterion status by threshold', () => {
    expect(statusOf(null)).toBe('no-opportunity');
    expect(statusOf(100)).toBe('met');
    expect(statusOf(75)).toBe('met');
    expect(statusOf(74)).toBe('partly-met');
    expect(statusOf(40)).toBe('partly-met');
    expect(statusOf(39)).toBe('not-met');
    expect(statusOf(0)).toBe('not-met');
  });

  it('counts knowledge only where the learner explains and performance only where they act', () => {
    const scenario = buildScenario({
      nodes: {
        start: dialogue([
          choice('act', {
            stance: 'skilled',
            criteria: { '312.2.1': 1, '312.3.1': 1 },
            next: 'why',
          }),
          choice('not', { stance: 'dismissive', next: 'why' }),
        ]),
        why: explain([
          choice('know', { stance: 'skilled', criteria: { '312.3.1': 1, '312.2.2': 1 } }),
          choice('guess', { stance: 'dismissive' }),
        ]),
        end: ending(),
      },
    });
    const debrief = scoreTranscript(scenario, transcriptOf(scenario, choose('act', 'know')));
    expect(debrief.criteria['312.2.1']).toMatchObject({
      kind: 'performance',
      evidence: 'practised-in-simulation',
      moments: [0],
    });
    // 312.3.1 is knowledge: the dialogue's claim is ignored, the explain node's counts.
    expect(debrief.criteria['312.3.1']).toMatchObject({
      kind: 'knowledge',
      evidence: 'knowledge',
      taken: 1,
      available: 1,
      moments: [1],
    });
    // 312.2.2 is performance: an explain node cannot evidence it, so it is not listed at all.
    expect(debrief.criteria['312.2.2']).toBeUndefined();
  });
});

describe('best options', () => {
  it('takes the highest total evidence, ties going to the better stance', () => {
    const scenario = oneMoment(
      dialogue([
        choice('placate', { stance: 'placating', techniques: { listen: 2 } }),
        choice('skilled', { stance: 'skilled', techniques: { 'show-understanding': 2 } }),
        choice('more', {
          stance: 'adequate',
          techniques: { listen: 1 },
          criteria: { '312.2.1': 1 },
        }),
      ]),
    );
    const debrief = scoreTranscript(scenario, transcriptOf(scenario, choose('skilled')));
    expect(debrief.moments[0]?.best.id).toBe('skilled');
    expect(debrief.moments[0]?.tookBest).toBe(true);
    // listen was on offer (placate offers 2), so the best option by total evidence still missed it.
    expect(debrief.techniques.listen).toMatchObject({ score: 0, taken: 0, available: 2 });
  });
});

describe('a play cut short', () => {
  it('is incomplete: no overall, statuses only from the moments played, and the text says so', () => {
    const transcript = transcriptOf(twoMoments, choose('a-skilled'));
    const debrief = scoreTranscript(twoMoments, transcript);
    expect(debrief.complete).toBe(false);
    expect(debrief.ending).toBeNull();
    expect(debrief.overall).toBeNull();
    expect(debrief.overallCapped).toBeUndefined();
    expect(debrief.moments).toHaveLength(1);
    expect(debrief.techniques.listen).toMatchObject({ taken: 2, available: 2, moments: [0] });
    const text = debriefText(debrief);
    expect(text).toContain('incomplete');
    expect(text).not.toMatch(/Overall: \d/);
    const whole = scoreTranscript(
      twoMoments,
      transcriptOf(twoMoments, choose('a-skilled', 'b-skilled')),
    );
    expect(whole.overall).toBe(100);
    expect(debriefText(whole)).toContain('Overall: 100 out of 100');
  });
});

describe('critical errors', () => {
  const scenario = oneMoment(
    dialogue(
      [
        choice('refuse-kindly', {
          stance: 'skilled',
          techniques: { listen: 2 },
          criteria: { 'MRC 2.9': 2 },
        }),
        choice('tell', {
          stance: 'unsafe',
          techniques: { listen: 2, 'remain-calm': 2, 'show-understanding': 2 },
          criteria: { 'MRC 2.7': 1 },
          critical: { reason: 'You disclosed her data.', breaks: ['MRC 2.9', 'MRC 2.7'] },
          misconceptions: ['tell-the-spouse'],
          law: ['law.data.third-party'],
        }),
      ],
      { customer: 'Can you tell me my wife’s balance?' },
    ),
  );

  it('caps the criteria they break at not shown and a play above the cap at 50', () => {
    const debrief = scoreTranscript(scenario, transcriptOf(scenario, choose('tell')));
    expect(debrief.criticalErrors).toEqual([
      {
        step: 1,
        nodeId: 'start',
        choiceId: 'tell',
        reason: 'You disclosed her data.',
        breaks: ['MRC 2.9', 'MRC 2.7'],
      },
    ]);
    expect(debrief.criteria['MRC 2.7']).toMatchObject({
      status: 'not-met',
      capped: 'You disclosed her data.',
    });
    expect(debrief.criteria['MRC 2.7']?.score).toBeLessThan(40);
    expect(debrief.criteria['MRC 2.9']?.status).toBe('not-met');
    expect(debrief.techniques.listen?.score).toBe(100);
    // Uncapped, this play's mean is well above the cap, so the cap is what holds it at 50.
    const scores = [...Object.values(debrief.techniques), ...Object.values(debrief.criteria)]
      .map((result) => result.score)
      .filter((score): score is number => score !== null);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThan(CRITICAL_OVERALL_CAP);
    expect(debrief.overall).toBe(CRITICAL_OVERALL_CAP);
    expect(debrief.overallCapped).toContain(`${CRITICAL_OVERALL_CAP}`);
    expect(debrief.misconceptions).toEqual(['tell-the-spouse']);
    expect(debrief.law).toEqual(['law.data.third-party']);
  });
});

describe('records and fields', () => {
  const headphones = loadFixture('fixture-headphones');
  const toCheck: SessionEvent[] = choose('let-her-finish', 'ask-details');
  /** To the records, open these, and judge the complaint justified. */
  const openingRecords = (ids: string[]): SessionEvent[] => [
    ...toCheck,
    ...ids.map((recordId): SessionEvent => ({ type: 'CHECK_RECORD', recordId })),
    ...choose('justified'),
  ];

  it('sums the records opened against the positive evidence of them all', () => {
    const opened = (ids: string[]) => {
      const debrief = scoreTranscript(headphones, transcriptOf(headphones, openingRecords(ids)));
      return debrief.moments.find((moment) => moment.kind === 'records');
    };
    expect(opened(['order', 'returns-policy'])?.techniques.prepare).toEqual({
      taken: 3,
      available: 3,
    });
    expect(opened(['order', 'returns-policy'])?.tookBest).toBe(true);
    expect(opened(['order', 'marketing'])?.techniques.prepare).toEqual({ taken: 1, available: 3 });
    expect(opened(['order', 'marketing'])?.tookBest).toBe(false);
    expect(opened(['order', 'marketing'])?.chosen.say).toBe(
      'Opened Till record NE-48213; Marketing preferences.',
    );
  });

  it('lists the law a record the learner opened cites', () => {
    const lawCited = (ids: string[]) =>
      scoreTranscript(headphones, transcriptOf(headphones, openingRecords(ids))).law;
    expect(lawCited(['order', 'marketing'])).toContain('law.data.minimise');
    expect(lawCited(['order'])).not.toContain('law.data.minimise');
  });

  it('scores each field when the record node is left, an empty field taking nothing', () => {
    const events: SessionEvent[] = [
      ...toCheck,
      { type: 'CHECK_RECORD', recordId: 'order' },
      ...choose('justified'),
      ...authorsAnalysisAt(headphones, 'weigh'),
      ...choose('offer-refund'),
      { type: 'FILL_FIELD', fieldId: 'nature', entryId: 'wrong-nature' },
      ...choose('save-log'),
    ];
    const debrief = scoreTranscript(headphones, transcriptOf(headphones, events));
    const fields = debrief.moments.filter((moment) => moment.kind === 'field');
    expect(fields.map((moment) => [moment.label, moment.chosen.id, moment.best.id])).toEqual([
      ['Nature of the complaint', 'wrong-nature', 'accurate-nature'],
      ['Outcome', null, 'accurate-outcome'],
    ]);
    expect(fields[0]?.criteria['312.2.8']).toEqual({ taken: -2, available: 2 });
    expect(fields[1]?.criteria['312.2.8']).toEqual({ taken: 0, available: 1 });
    // 5 events, then the analysis of three options (three picks each) and whom it is put to.
    expect(fields.every((moment) => moment.enteredAtStep === 15)).toBe(true);
  });
});

describe('timed moments', () => {
  const headphones = loadFixture('fixture-headphones');

  it('offers the timeout as an option where the countdown runs, and not where timing is off', () => {
    const timed = scoreTranscript(
      headphones,
      transcriptOf(headphones, [{ type: 'TIMEOUT' }], 'standard'),
    );
    expect(timed.moments[0]).toMatchObject({
      kind: 'timeout',
      chosen: { id: '@timeout', stance: 'dismissive' },
    });
    expect(timed.moments[0]?.techniques.listen).toEqual({ taken: -1, available: 2 });
    expect(timed.style.counts.timeout).toBe(1);
    const off = scoreTranscript(
      headphones,
      transcriptOf(headphones, choose('let-her-finish'), 'off'),
    );
    expect(off.moments[0]?.techniques['let-angry-customer-speak']).toEqual({
      taken: 2,
      available: 2,
    });
  });
});

describe('the debrief', () => {
  const headphones = loadFixture('fixture-headphones');
  const events = choose('sorry-sorry', 'voucher-now');

  it('tells the story of the play: moments, timeline, style and the best path', () => {
    const transcript = transcriptOf(headphones, [
      ...events,
      { type: 'CHECK_RECORD', recordId: 'order' },
      ...choose('justified'),
      ...authorsAnalysisAt(headphones, 'weigh'),
      ...choose('offer-refund'),
    ]);
    const debrief = scoreTranscript(headphones, transcript);
    expect(debrief.complete).toBe(false);
    expect(debrief.ending).toBeNull();
    expect(debrief.timeline).toHaveLength(transcript.events.length + 1);
    expect(debrief.timeline[1]?.mood.anger).toBe(70);
    const first = debrief.moments[0];
    expect(first).toMatchObject({
      nodeId: 'opening',
      nodeTitle: 'She arrives',
      nodeKind: 'dialogue',
      chosen: { id: 'sorry-sorry', stance: 'placating' },
      best: { id: 'let-her-finish', stance: 'skilled' },
      tookBest: false,
      moodBefore: { anger: 75 },
      moodAfter: { anger: 70 },
    });
    expect(first?.customerLine).toMatch(/three weeks/i);
    expect(first?.bestWhy).toMatch(/finish/);
    expect(first?.bestLeadsTo?.ending?.id).toBe('resolved');
    expect(first?.bestLeadsTo?.steps[0]?.say).toMatch(/Let her finish/);
    expect(debrief.moments.find((moment) => moment.nodeId === 'weigh')?.bestLeadsTo).toBeNull();
    expect(debrief.style.summary).toContain(
      'You placated twice before you started solving the problem.',
    );
    expect(debrief.bestPath).toMatchObject({
      fromStep: 0,
      complete: true,
      ending: { id: 'resolved', kind: 'resolved' },
    });
    expect(debrief.range).toEqual(headphones.range);
    expect(debrief.techniques.listen?.name).toBeTruthy();
    expect(JSON.parse(JSON.stringify(debrief))).toEqual(debrief);
  });

  it('shows where the best options lead from any step of a transcript', () => {
    const transcript = transcriptOf(headphones, choose('not-my-fault'));
    const path = bestPathFrom({ scenario: headphones, transcript, step: 1 });
    expect(path.steps[0]).toMatchObject({ nodeId: 'wants-manager', nodeKind: 'escalate' });
    expect(path.ending?.id).toBe('resolved');
  });

  it('is the same whoever asks: scoring a transcript twice gives the same debrief', () => {
    const transcript = transcriptOf(headphones, [
      ...events,
      { type: 'CHECK_RECORD', recordId: 'marketing' },
    ]);
    expect(scoreTranscript(headphones, transcript)).toEqual(
      scoreTranscript(headphones, transcript),
    );
  });
});

describe('replaying a transcript', () => {
  const meter = loadFixture('fixture-meter-letter');

  it('refuses a transcript of another version of the scenario, clearly', () => {
    const transcript = transcriptOf(meter, choose('slow-questions'));
    const changed = { ...meter, title: 'The letter about the meter, revised' };
    const result = replayTranscript({ scenario: changed, transcript });
    expect(result).toEqual({
      ok: false,
      problem: 'scenario-changed',
      message: expect.stringContaining(
        'different version of scenario "fixture-meter-letter"',
      ) as unknown,
    });
    expect(() => scoreTranscript(changed, transcript)).toThrow(/different version/);
  });

  it('names the event a doctored transcript cannot replay', () => {
    const transcript = transcriptOf(meter, choose('slow-questions'));
    transcript.events.push({ type: 'CHOOSE', choiceId: 'write-off-everything' });
    const result = replayTranscript({ scenario: meter, transcript });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('illegal-event');
      expect(result.message).toMatch(/Event 2 of the transcript \(CHOOSE write-off-everything\)/);
    }
  });
});

describe('the countdown in the debrief', () => {
  const headphones = loadFixture('fixture-headphones');
  const first = (transcript: Transcript) => scoreTranscript(headphones, transcript).moments[0];

  it('names the countdown the learner had at a timed reply, as the transcript recorded it', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'standard' });
    const played = session.view().countdown;
    session.choose(session.view().choices[0]!.id);
    const transcript = session.transcript();
    expect(first(transcript)?.countdown).toEqual(played);
    expect(debriefText(scoreTranscript(headphones, transcript))).toContain(
      `You had ${played?.seconds} s: ${played?.decisionSeconds} s for the decision`,
    );
    // What was recorded wins over what a replay would work out today.
    const recorded = transcript.countdowns!.map((each) => ({ ...each, seconds: 99 }));
    expect(first({ ...transcript, countdowns: recorded })?.countdown?.seconds).toBe(99);
    // An older transcript without countdowns gets the replay's.
    const old: Transcript = { ...transcript };
    delete old.countdowns;
    expect(first(old)?.countdown).toEqual(played);
  });

  it('gives none where timing is off', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'off' });
    session.choose(session.view().choices[0]!.id);
    expect(first(session.transcript())?.countdown).toBeUndefined();
  });
});
