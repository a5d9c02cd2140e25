import { describe, expect, it } from 'vitest';
import { authorsAnalysisAt } from '../engine/fixtures/drive.ts';
import { weighScenario } from '../engine/fixtures/options.ts';
import { startSession } from '../engine/session.ts';
import type { SessionEvent } from '../engine/types.ts';
import { scoreTranscript } from './score.ts';
import { debriefText } from './text.ts';

const debriefOf = (events: SessionEvent[], choiceId: string) => {
  const session = startSession({ scenario: weighScenario, seed: 2, timing: 'off' });
  [...events, { type: 'CHOOSE', choiceId } as const].forEach((event) => session.send(event));
  return scoreTranscript(weighScenario, session.transcript());
};

const author = authorsAnalysisAt(weighScenario, 'start');
const withAudience = (audience: 'customer' | 'organisation'): SessionEvent[] => [
  ...author.slice(0, -1),
  { type: 'PUT_TO', audience },
];
/** A careless analysis: second items everywhere, the rating furthest from the author's. */
const careless: SessionEvent[] = [
  { type: 'PICK_BENEFIT', optionId: 'refund', itemId: 'benefit-b' },
  { type: 'PICK_RISK', optionId: 'refund', itemId: 'risk-b' },
  { type: 'RATE_RISK', optionId: 'refund', level: 'high' },
  { type: 'PICK_BENEFIT', optionId: 'gift', itemId: 'gain-b' },
  { type: 'PICK_RISK', optionId: 'gift', itemId: 'danger-b' },
  { type: 'RATE_RISK', optionId: 'gift', level: 'low' },
  { type: 'PUT_TO', audience: 'organisation' },
];

describe('scoring the analysis at an options node', () => {
  it("gives full evidence for the author's analysis, put to the right party", () => {
    const moment = debriefOf(withAudience('customer'), 'offer-refund').moments[0];
    expect(moment?.kind).toBe('analysis');
    expect(moment?.tookBest).toBe(true);
    expect(moment?.criteria).toEqual({
      '312.2.3': { taken: 2, available: 2 },
      '312.2.4': { taken: 4, available: 4 },
      'MRC 2.4': { taken: 1, available: 1 },
    });
  });

  it('counts a careless analysis against 312.2.4 and gives nothing for the wrong party', () => {
    const debrief = debriefOf(careless, 'offer-refund');
    const moment = debrief.moments[0];
    expect(moment?.tookBest).toBe(false);
    expect(moment?.criteria).toEqual({
      '312.2.3': { taken: 0, available: 2 },
      '312.2.4': { taken: -2, available: 4 },
      'MRC 2.4': { taken: 0, available: 1 },
    });
    expect(debrief.criteria['312.2.4']?.status).toBe('not-met');
    expect(moment?.why).toContain('For “Refund” the main benefit is “The first benefit”.');
  });

  it('evidences MRC 2.5 when an option for the organisation is put to the organisation', () => {
    const right = debriefOf(withAudience('organisation'), 'ask-manager').moments[0];
    expect(right?.criteria['MRC 2.5']).toEqual({ taken: 1, available: 1 });
    expect(right?.criteria['MRC 2.4']).toBeUndefined();
    const wrong = debriefOf(withAudience('customer'), 'ask-manager').moments[0];
    expect(wrong?.criteria['MRC 2.5']).toEqual({ taken: 0, available: 1 });
  });

  it("shows the learner's analysis beside the author's, option by option", () => {
    const moment = debriefOf(careless, 'offer-refund').moments[0];
    expect(moment?.analysis?.rows[0]).toEqual({
      optionId: 'refund',
      title: 'Refund',
      learner: { benefit: 'The second benefit', risk: 'The second risk', rating: 'high' },
      author: {
        benefit: 'The first benefit',
        risk: 'The first risk',
        rating: 'low',
        note: 'Her right within 30 days.',
      },
      benefitRight: false,
      riskRight: false,
      ratingRight: false,
    });
    expect(moment?.analysis?.putTo).toEqual({ learner: 'organisation', author: 'customer' });
    expect(moment?.bestLeadsTo).toBeNull();
  });

  it('prints the comparison in the text debrief too', () => {
    const text = debriefText(debriefOf(careless, 'offer-refund'));
    expect(text).toContain('Main benefit: you “The second benefit”; author “The first benefit”');
    expect(text).toContain('Risk: you high; author low. Her right within 30 days.');
    expect(text).toContain('You put “Refund” to the organisation; it is for the customer.');
  });

  it('gives a learner who always takes the first item shown no more than chance', () => {
    let right = 0;
    let picks = 0;
    for (let seed = 0; seed < 30; seed += 1) {
      const session = startSession({ scenario: weighScenario, seed, timing: 'off' });
      for (const option of session.view().analysis?.options ?? []) {
        session.send({ type: 'PICK_BENEFIT', optionId: option.id, itemId: option.benefits[0]!.id });
        right += option.benefits[0]!.id.endsWith('-a') ? 1 : 0;
        picks += 1;
      }
    }
    expect(right / picks).toBeLessThan(0.6);
  });
});
