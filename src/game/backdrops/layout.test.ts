import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANNELS, PRESSURES, SECTORS } from '../../scenario/schema.ts';
import { CALL_TIMER_NAME } from './call.ts';
import { backdropPlan, customerPlacement, fitStage } from './layout.ts';
import { placeLabel } from './place-label.ts';
import { STAGE_HEIGHT, STAGE_WIDTH, type BackdropSetting, type Shape } from './plan.ts';

function* everySetting(): Generator<BackdropSetting> {
  for (const channel of CHANNELS) {
    for (const sector of SECTORS) {
      for (const pressure of PRESSURES) yield { channel, sector, pressure };
    }
  }
}

const numbersOf = (shape: Shape): number[] =>
  Object.values(shape).flatMap((v) =>
    typeof v === 'number' ? [v] : Array.isArray(v) ? (v as number[]) : [],
  );

/** Grey silhouettes: the other customers in a queue or a waiting room. */
const crowdSize = (setting: BackdropSetting) =>
  backdropPlan(setting).back.filter((s) => s.kind === 'circle' && s.fill === 0x9aa8b2).length;

describe('backdropPlan', () => {
  it('draws every setting with finite numbers, valid colours and text', () => {
    const problems: string[] = [];
    for (const setting of everySetting()) {
      const plan = backdropPlan(setting);
      const where = `${setting.channel}/${setting.sector}/${setting.pressure}`;
      if (plan.back.length <= 5) problems.push(`${where}: almost nothing drawn`);
      for (const shape of [...plan.back, ...plan.front]) {
        if (!numbersOf(shape).every(Number.isFinite))
          problems.push(`${where}: ${shape.kind} has a bad number`);
        const colour = shape.kind === 'line' || shape.kind === 'text' ? shape.colour : shape.fill;
        if (!Number.isInteger(colour) || colour < 0 || colour > 0xffffff)
          problems.push(`${where}: bad colour`);
        if (shape.kind === 'text' && shape.text.trim() === '')
          problems.push(`${where}: empty text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('picks the layout the channel and sector call for', () => {
    const layout = (channel: BackdropSetting['channel'], sector: BackdropSetting['sector']) =>
      backdropPlan({ channel, sector, pressure: 'routine' }).layout;
    expect(layout('face-to-face', 'retail')).toBe('shop');
    expect(layout('face-to-face', 'telecoms')).toBe('shop');
    expect(layout('face-to-face', 'online-retail')).toBe('shop');
    expect(layout('face-to-face', 'council')).toBe('reception');
    expect(layout('face-to-face', 'nhs')).toBe('reception');
    expect(layout('phone', 'energy')).toBe('call');
    expect(layout('email', 'water')).toBe('inbox');
    expect(layout('letter', 'housing')).toBe('letter');
    expect(layout('live-chat', 'online-retail')).toBe('chat');
    expect(layout('social-media', 'transport')).toBe('social');
  });

  it('keeps the customer on the stage, smaller in the written channels than face to face', () => {
    for (const setting of everySetting()) {
      const { customer } = backdropPlan(setting);
      const halfWidth = (240 * customer.scale) / 2;
      const halfHeight = (280 * customer.scale) / 2;
      expect(customer.x - halfWidth).toBeGreaterThanOrEqual(0);
      expect(customer.x + halfWidth).toBeLessThanOrEqual(STAGE_WIDTH);
      expect(customer.y - halfHeight).toBeGreaterThanOrEqual(0);
      expect(customer.y + halfHeight).toBeLessThanOrEqual(STAGE_HEIGHT + 1);
    }
    const faceToFace = backdropPlan({
      channel: 'face-to-face',
      sector: 'retail',
      pressure: 'busy',
    });
    const email = backdropPlan({ channel: 'email', sector: 'retail', pressure: 'busy' });
    expect(email.customer.scale).toBeLessThan(faceToFace.customer.scale);
  });

  it('shows a queue when busy and nobody when quiet', () => {
    for (const sector of ['retail', 'telecoms', 'council'] as const) {
      const busy = crowdSize({ channel: 'face-to-face', sector, pressure: 'busy' });
      const quiet = crowdSize({ channel: 'face-to-face', sector, pressure: 'quiet' });
      expect(busy).toBeGreaterThanOrEqual(3);
      expect(quiet).toBe(0);
    }
  });

  it('names the call timer so the game can update it', () => {
    const plan = backdropPlan({ channel: 'phone', sector: 'telecoms', pressure: 'routine' });
    expect(plan.back.some((s) => s.kind === 'text' && s.name === CALL_TIMER_NAME)).toBe(true);
  });

  it('puts the place on the sign, shortened when long', () => {
    const plan = backdropPlan({
      channel: 'face-to-face',
      sector: 'retail',
      pressure: 'quiet',
      place: 'Harbour Road',
    });
    expect(plan.back.some((s) => s.kind === 'text' && s.text === 'Harbour Road')).toBe(true);
    const long = 'A very long place name that goes on and on and on';
    expect(placeLabel({ place: long }, 'x', 20)).toBe('A very long place…');
    expect(placeLabel({ place: '  \n ' }, 'Reception')).toBe('Reception');
  });

  it('shows the organisation, or the first part of the place, rather than cut a long place', () => {
    const place = 'Service desk, Linden & Hart Kingsgate, Saturday afternoon';
    expect(placeLabel({ place, organisation: 'Linden & Hart Home Store' }, 'x', 30)).toBe(
      'Linden & Hart Home Store',
    );
    expect(placeLabel({ place, organisation: 'A name far too long for this sign' }, 'x', 30)).toBe(
      'Service desk',
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 8, max: 40 }), (p, o, max) => {
        expect(
          placeLabel({ place: p, organisation: o }, 'fallback', max).length,
        ).toBeLessThanOrEqual(Math.max(max, 'fallback'.length));
      }),
    );
  });
});

describe('fitting other stage sizes', () => {
  it('scales the design to cover the stage and centres it', () => {
    expect(fitStage({ width: 960, height: 540 })).toEqual({ scale: 1, offsetX: 0, offsetY: 0 });
    const tall = fitStage({ width: 960, height: 720 });
    expect(tall.scale).toBeCloseTo(720 / 540);
    expect(tall.offsetX).toBeLessThan(0);
    const setting: BackdropSetting = { channel: 'phone', sector: 'water', pressure: 'quiet' };
    const placed = customerPlacement(setting, { width: 1920, height: 1080 });
    const design = backdropPlan(setting).customer;
    expect(placed).toEqual({ x: design.x * 2, y: design.y * 2, scale: design.scale * 2 });
  });
});
