import { describe, expect, it } from 'vitest';
import { accessoryContext, withoutNegatedMentions } from './listing-wording.js';

describe('accessoryContext', () => {
  it.each([
    ['silicone case for anker powercore 10000 a1263', ['anker powercore 10000 a1263']],
    ['usb-c cable compatible with anker a1263, 1m', ['anker a1263']],
    ['replacement board for baseus bs-30kp365', ['baseus bs-30kp365']],
    ['适用于安克 a1263 充电宝 保护套', ['安克 a1263 充电宝 保护套']],
    ['anker power bank for iphone, 10000mah a1263', ['iphone']],
    ['anker a1263 power bank', []],
  ])('%s -> phrases %j', (title, phrases) => {
    expect(accessoryContext(title).compatibilityPhrases).toEqual(phrases);
  });

  it('finds an accessory noun, unless it comes with the product', () => {
    expect(accessoryContext('baseus bs-30kp365 carrying pouch').accessoryNoun).toBe('pouch');
    expect(accessoryContext('power bank with carrying case').accessoryNoun).toBeUndefined();
    expect(accessoryContext('anker a1263 power bank').accessoryNoun).toBeUndefined();
    expect(accessoryContext('a1263 充电宝 保护套').accessoryNoun).toBe('保护套');
  });

  it('gives the same answer however often it runs, whatever title came before', () => {
    // the first title's noun search stops at its first noun, mid-text
    const first = accessoryContext('anker a1263 power bank case with strap');
    expect(first).toEqual({ compatibilityPhrases: [], accessoryNoun: 'case' });
    expect(accessoryContext('case for kindle')).toEqual({ compatibilityPhrases: ['kindle'], accessoryNoun: 'case' });
    expect(accessoryContext('anker a1263 power bank case with strap')).toEqual(first);
  });
});

describe('withoutNegatedMentions', () => {
  it.each([
    ['Anker A1388 - NOT the recalled A1263', 'A1263'],
    ['PowerCore A1388 (not affected by recall A1263)', 'A1263'],
    ['Power bank A1388, isn\'t A1263', 'A1263'],
    ['充电宝 A1388 非召回 A1263', 'A1263'],
  ])('%s drops %s', (title, denied) => {
    const kept = withoutNegatedMentions(title);
    expect(kept).not.toContain(denied);
    expect(kept).toContain('A1388');
  });

  it('leaves a title without negation unchanged', () => {
    expect(withoutNegatedMentions('Anker A1263 power bank')).toBe('Anker A1263 power bank');
  });
});
