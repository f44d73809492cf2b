import { describe, expect, it } from 'vitest';
import { CaseCommand, CaseStatus, Jurisdictions, Measure } from './case-state.js';
import { blocksMarket, covers, isStronger } from './measure.js';

describe('case schemas', () => {
  it('normalises jurisdictions: upper case, unique, sorted', () => {
    expect(Jurisdictions.parse(['us', 'CA', 'US', 'us-ca'])).toEqual(['CA', 'US', 'US-CA']);
  });

  it.each([[[]], [['USA']], [['1A']], [['']]])('rejects jurisdictions %j', (codes) => {
    expect(Jurisdictions.safeParse(codes).success).toBe(false);
  });

  it('requires a reason to dismiss or reopen, and rejects a blank one', () => {
    expect(CaseCommand.safeParse({ action: 'dismiss' }).success).toBe(false);
    const blank = CaseCommand.safeParse({ action: 'reopen', reason: '   ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'a reason is required' });
    expect(CaseCommand.parse({ action: 'dismiss', reason: ' toy replica ' })).toEqual({ action: 'dismiss', reason: 'toy replica' });
  });

  it('requires markets for a restriction', () => {
    expect(Measure.safeParse({ kind: 'restrict' }).success).toBe(false);
    expect(CaseStatus.safeParse({ state: 'restricted', jurisdictions: [] }).success).toBe(false);
  });

  it('rejects an unknown action or state', () => {
    expect(CaseCommand.safeParse({ action: 'delete' }).success).toBe(false);
    expect(CaseStatus.safeParse({ state: 'closed' }).success).toBe(false);
  });
});

describe('measures', () => {
  const remove = Measure.parse({ kind: 'remove' });
  const us = Measure.parse({ kind: 'restrict', jurisdictions: ['US'] });
  const usCa = Measure.parse({ kind: 'restrict', jurisdictions: ['US-CA'] });
  const usEu = Measure.parse({ kind: 'restrict', jurisdictions: ['US', 'EU'] });

  it('orders removal above any restriction', () => {
    expect(covers(remove, usEu)).toBe(true);
    expect(covers(usEu, remove)).toBe(false);
    expect(isStronger(remove, remove)).toBe(false);
  });

  it('compares restrictions by the markets they block', () => {
    expect(isStronger(usEu, us)).toBe(true);
    expect(isStronger(us, usCa)).toBe(true);
    expect(covers(usCa, us)).toBe(false);
    expect(isStronger(us, us)).toBe(false);
  });

  it('a country blocks its subdivisions; EU is its own market', () => {
    expect(blocksMarket(['US'], 'us-ny')).toBe(true);
    expect(blocksMarket(['US-CA'], 'US')).toBe(false);
    expect(blocksMarket(['EU'], 'DE')).toBe(false);
  });
});
