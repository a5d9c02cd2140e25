import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, guardSource, utf8Length } from './guard.ts';

describe('guards before parsing', () => {
  it('counts UTF-8 bytes without copying the text', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('£')).toBe(2);
    expect(utf8Length('😀')).toBe(4);
  });

  it('finds runaway nesting in brackets, sequences and indentation', () => {
    expect(findExcessiveNesting(`a: ${'['.repeat(70)}`, 64)).toBe(1);
    expect(findExcessiveNesting('- '.repeat(70), 64)).toBe(1);
    const stairs = Array.from({ length: 70 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
    expect(findExcessiveNesting(stairs, 64)).toBe(65);
  });

  it('ignores brackets in quotes, comments and block text', () => {
    const text = [
      `say: "${'['.repeat(100)}"`,
      `why: '${'{'.repeat(100)}'`,
      `# ${'['.repeat(100)}`,
      'epilogue: |',
      `  ${'['.repeat(100)}`,
      "note: it's [fine]",
    ].join('\n');
    expect(findExcessiveNesting(text, 64)).toBeUndefined();
    expect(guardSource(text, 'f.yaml')).toEqual([]);
  });
});
