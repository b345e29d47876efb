import { describe, expect, it } from 'vitest';
import { positional } from './sql.js';

describe('positional placeholders for prepared statements', () => {
  it('numbers each ? and keeps an escaped one', () => {
    expect(positional('select ? , ?::date \\? x', [1, '2026-12-01'])).toEqual({ text: 'select $1 , $2::date ? x', values: [1, '2026-12-01'] });
  });

  it('pads an IN list to the next power of two with its last item, so list lengths share a few shapes', () => {
    expect(positional('where id in (?) and d > ?', [['a', 'b', 'c'], 5])).toEqual({
      text: 'where id in ($1, $2, $3, $4) and d > $5', values: ['a', 'b', 'c', 'c', 5],
    });
    expect(positional('in (?)', [['a']]).text).toBe('in ($1)');
    const shapes = new Set(Array.from({ length: 64 }, (_, n) => positional('in (?)', [Array.from({ length: n + 1 }, (_, k) => k)]).text));
    expect(shapes.size).toBe(7); // 1, 2, 4, 8, 16, 32, 64
  });

  it('refuses a count of values that does not match the placeholders', () => {
    expect(() => positional('select ?', [])).toThrow(/more placeholders/);
    expect(() => positional('select ?', [1, 2])).toThrow(/1 placeholders for 2 values/);
  });
});
