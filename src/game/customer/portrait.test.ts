import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPRESSIONS,
  appearanceSchema,
  type Appearance,
  type Expression,
} from '../../scenario/schema.ts';
import { poseOf } from './body-language.ts';
import { renderPortraitSvg } from './portrait.ts';

// The appearance vocabulary comes from the schema, so a new value is tested as soon as it exists.
const { skin, age, hair, clothing, extras } = appearanceSchema.shape;
const SKINS = skin.options;
const AGES = age.options;
const HAIR_STYLES = hair.shape.style.options;
const HAIR_COLOURS = hair.shape.colour.options;
const CLOTHING = clothing.shape.style.options;
const EXTRAS = extras.unwrap().element.options;

/**
 * Checks the text is well-formed XML as far as our writer can go wrong: every tag matches the
 * name grammar with quoted attributes, tags nest and close, and text holds no stray `<` or `&`.
 */
function wellFormed(xml: string): { ok: true } | { ok: false; reason: string } {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(text))
      return { ok: false, reason: `bare & in "${text}"` };
    if (stack.length === 0 && text.trim() !== '')
      return { ok: false, reason: 'text outside the root' };
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) return { ok: false, reason: `bad tag at ${lt}: ${xml.slice(lt, lt + 40)}` };
    const [, closing, name, attrs, selfClosing] = m;
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(attrs ?? ''))
      return { ok: false, reason: `bare & in ${name}` };
    if (closing) {
      if (stack.pop() !== name) return { ok: false, reason: `</${name}> closes the wrong tag` };
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name ?? '');
    } else if (stack.length === 0) {
      roots += 1;
    }
    i = tag.lastIndex;
  }
  if (stack.length > 0) return { ok: false, reason: `unclosed <${stack.join('> <')}>` };
  if (roots !== 1) return { ok: false, reason: `${roots} root elements` };
  return { ok: true };
}

const person = (overrides: Partial<Appearance> = {}): Appearance => ({
  skin: 'medium',
  age: 'adult',
  hair: { style: 'short', colour: 'brown' },
  clothing: { style: 'casual', colour: '#3a6ea5' },
  ...overrides,
});

describe('the well-formedness check itself', () => {
  it('rejects what is broken', () => {
    expect(wellFormed('<svg><g></svg>').ok).toBe(false);
    expect(wellFormed('<svg><title>a & b</title></svg>').ok).toBe(false);
    expect(wellFormed('<svg a=1/>').ok).toBe(false);
    expect(wellFormed('<svg/><svg/>').ok).toBe(false);
    expect(wellFormed('<svg><path d="M0 0"/><title>a &amp; b</title></svg>').ok).toBe(true);
  });
});

describe('renderPortraitSvg', () => {
  it('draws every skin tone with every expression as well-formed SVG', () => {
    for (const skin of SKINS) {
      for (const expression of EXPRESSIONS) {
        const svg = renderPortraitSvg({ appearance: person({ skin }), expression });
        expect(wellFormed(svg), `${skin} ${expression}`).toEqual({ ok: true });
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      }
    }
  });

  it('gives each expression its own face', () => {
    const faces = new Set(
      EXPRESSIONS.map((expression) => renderPortraitSvg({ appearance: person(), expression })),
    );
    expect(faces.size).toBe(EXPRESSIONS.length);
  });

  it('is deterministic and self-contained for any appearance, expression and mood', () => {
    const appearance = fc.record({
      skin: fc.constantFrom(...SKINS),
      age: fc.constantFrom(...AGES),
      hair: fc.record({
        style: fc.constantFrom(...HAIR_STYLES),
        colour: fc.constantFrom(...HAIR_COLOURS),
      }),
      clothing: fc.record({
        style: fc.constantFrom(...CLOTHING),
        colour: fc
          .integer({ min: 0, max: 0xffffff })
          .map((n) => `#${n.toString(16).padStart(6, '0')}`),
      }),
      extras: fc.option(fc.uniqueArray(fc.constantFrom(...EXTRAS)), { nil: undefined }),
    });
    const level = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        appearance,
        fc.constantFrom<Expression>(...EXPRESSIONS),
        fc.option(fc.record({ anger: level, confusion: level, trust: level }), { nil: undefined }),
        fc.boolean(),
        (look, expression, mood, blink) => {
          const options = { appearance: look, expression, mood, blink };
          const svg = renderPortraitSvg(options);
          expect(renderPortraitSvg(options)).toBe(svg);
          expect(wellFormed(svg)).toEqual({ ok: true });
          expect(svg).not.toMatch(
            /NaN|undefined|Infinity|href|url\(|<script|<image|<foreignObject/i,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a bad colour into the markup', () => {
    const svg = renderPortraitSvg({
      appearance: person({
        clothing: { style: 'coat', colour: '#fff"/><script>alert(1)</script>' },
      }),
      expression: 'neutral',
    });
    expect(svg).not.toContain('script');
    expect(wellFormed(svg)).toEqual({ ok: true });
  });

  it('sizes the picture, keeping its proportions', () => {
    const svg = renderPortraitSvg({ appearance: person(), expression: 'neutral', size: 120 });
    expect(svg).toContain('width="120" height="140"');
    expect(renderPortraitSvg({ appearance: person(), expression: 'neutral' })).toContain(
      'width="240" height="280"',
    );
  });

  it('closes the eyes for a blink, except when they are already smiling shut', () => {
    const open = renderPortraitSvg({ appearance: person(), expression: 'neutral' });
    expect(
      renderPortraitSvg({ appearance: person(), expression: 'neutral', blink: true }),
    ).not.toBe(open);
    const smiling = renderPortraitSvg({ appearance: person(), expression: 'pleased' });
    expect(renderPortraitSvg({ appearance: person(), expression: 'pleased', blink: true })).toBe(
      smiling,
    );
  });

  it('hides the hair under a headscarf', () => {
    const long = person({ hair: { style: 'long', colour: 'black' } });
    const withScarf = renderPortraitSvg({
      appearance: { ...long, extras: ['headscarf'] },
      expression: 'neutral',
    });
    const without = renderPortraitSvg({ appearance: long, expression: 'neutral' });
    expect(without).toContain('#2a211e');
    expect(withScarf).not.toContain('#2a211e');
  });
});

describe('a customer filming on a phone', () => {
  const angry = { anger: 85, confusion: 0, trust: 10 };
  const RECORDING_LIGHT = '#e0412f';

  it('draws the phone and its recording light only for holding-phone', () => {
    const filming = renderPortraitSvg({
      appearance: person({ extras: ['holding-phone'] }),
      expression: 'annoyed',
    });
    const plain = renderPortraitSvg({ appearance: person(), expression: 'annoyed' });
    expect(filming).toContain(RECORDING_LIGHT);
    expect(filming).toContain('filming you on a phone');
    expect(plain).not.toContain(RECORDING_LIGHT);
    expect(wellFormed(filming)).toEqual({ ok: true });
  });

  it('keeps a hand free for the phone instead of folding both arms', () => {
    expect(poseOf('annoyed', angry).armsCrossed).toBe(true);
    const withArmsFolded = renderPortraitSvg({
      appearance: person(),
      expression: 'annoyed',
      mood: angry,
    });
    const filming = renderPortraitSvg({
      appearance: person({ extras: ['holding-phone'] }),
      expression: 'annoyed',
      mood: angry,
    });
    // The folded forearms are 32-wide strokes; the phone arm is narrower.
    expect(withArmsFolded).toContain('stroke-width="32"');
    expect(filming).not.toContain('stroke-width="32"');
  });
});

describe('body language', () => {
  it('raises the shoulders as anger rises', () => {
    const calm = poseOf('neutral', { anger: 10, confusion: 0, trust: 50 });
    const angry = poseOf('neutral', { anger: 90, confusion: 0, trust: 50 });
    expect(angry.tension).toBeGreaterThan(calm.tension);
  });

  it('folds the arms when angry and not trusting, and unfolds them once pleased', () => {
    expect(poseOf('annoyed', { anger: 80, confusion: 0, trust: 20 }).armsCrossed).toBe(true);
    expect(poseOf('annoyed', { anger: 80, confusion: 0, trust: 70 }).armsCrossed).toBe(false);
    expect(poseOf('pleased', { anger: 80, confusion: 0, trust: 20 }).armsCrossed).toBe(false);
  });

  it('tilts the head when puzzled', () => {
    expect(poseOf('neutral', { anger: 0, confusion: 95, trust: 50 }).tilt).not.toBe(0);
    expect(poseOf('confused').tilt).not.toBe(0);
    expect(poseOf('neutral').tilt).toBe(0);
  });
});
