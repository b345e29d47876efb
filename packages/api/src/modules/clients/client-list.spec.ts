import { describe, expect, it } from 'vitest';
import { nameInitials } from './client-initials.js';
import { pgTextArray, queryGrams, searchCondition } from './client-list.sql.js';

describe('nameInitials', () => {
  it.each([
    ['张三丰', 'zsf'],
    ['欧阳测试', 'oycs'],
    ['单雄信', 'sxx'], // 单 as a surname is Shàn
    ['曾国藩', 'zgf'], // 曾 as a surname is Zēng
    ['李Ming', 'lming'],
  ])('%s → %s', (name, initials) => expect(nameInitials(name)).toBe(initials));
});

describe('search kinds', () => {
  it.each([
    ['三丰', ['NAME']],
    ['zsf', ['INITIALS']],
    ['8000001', ['ACCOUNT_NO']],
    ['5678', ['ACCOUNT_NO', 'PHONE_LAST4']],
    ['567', ['ACCOUNT_NO']],
  ])('%s searches %j', (text, kinds) => expect(searchCondition(text).kinds).toEqual(kinds));

  it('looks a name fragment up by its pairs of characters, or its one character', () => {
    expect(queryGrams('张三丰')).toEqual(['张三', '三丰']);
    expect(queryGrams('欧')).toEqual(['欧']);
    expect(queryGrams('AB')).toEqual(['ab']);
  });

  it('quotes array elements', () => expect(pgTextArray(['a"b', 'c\\d', '三丰'])).toBe('{"a\\"b","c\\\\d","三丰"}'));
});
