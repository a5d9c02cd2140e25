import { describe, expect, it } from 'vitest';
import {
  findDeepNesting,
  findExcessiveNesting,
  guardSource,
  SOURCE_LIMITS,
  utf8Length,
} from './guard.ts';

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

describe('findDeepNesting', () => {
  it('finds the place where data from JSON nests too deeply, without running out of stack', () => {
    const text = `{"nodes":{"a":${'{"not":'.repeat(20_000)}{}${'}'.repeat(20_000)}}}`;
    const path = findDeepNesting(JSON.parse(text), SOURCE_LIMITS.depth);
    expect(path?.length).toBe(SOURCE_LIMITS.depth);
    expect(path?.slice(0, 3)).toEqual(['nodes', 'a', 'not']);
  });

  it('passes shallow data, however wide', () => {
    const wide = { list: Array.from({ length: 10_000 }, (_, index) => ({ index, tags: [index] })) };
    expect(findDeepNesting(wide, SOURCE_LIMITS.depth)).toBeUndefined();
    expect(findDeepNesting([[[1]]], 2)).toEqual([0, 0]);
    expect(findDeepNesting([[[1]]], 3)).toBeUndefined();
  });
});
