import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followerBit, joinedModelMentions, lookAlikeModelMentions, recalledModelForms, type RecalledModelForms } from './model-joins.js';

const keys = (mentions: readonly { key: string }[]): string[] => mentions.map((mention) => mention.key);

describe('joinedModelMentions', () => {
  it.each([
    ['Bush Hog Model TH 440 utility vehicle', 'th440'],
    ['Russound loudspeakers AW 70 V 6', 'aw70v6'],
    ['Dynacraft mountain bicycles 8524-21', '852421'],
    ['X - 1 5 flying model rockets', 'x15'],
    ['Hodedah HI 4 DR chests', 'h14dr'],
  ])('%s has %s', (title, key) => {
    expect(keys(joinedModelMentions(title))).toContain(key);
  });

  it('joins model numbers written in full-width characters, as the model scan reads them', () => {
    expect(keys(joinedModelMentions('Russound ＡＷ ７０ Ｖ ６'))).toContain('aw70v6');
  });

  it('joins nothing across plain words or in a title without digits', () => {
    expect(joinedModelMentions('Power bank for travel')).toEqual([]);
    expect(keys(joinedModelMentions('Wooden train set with 50 pieces'))).not.toContain('trainset');
  });

  it('joins only toward recalled model numbers, when given their forms', () => {
    const forms = recalledModelForms(['TH440', '8524-21', 'EX-D112-05']);
    const starts = ['th', 'TH', 'Th', '8524', 'ex', 'EX', 'Ex'];
    expect(starts.every((word) => forms.starts.has(word))).toBe(true);
    expect(forms.starts.size).toBe(starts.length);
    expect(forms.starts.has('tH')).toBe(false);
    expect(keys(joinedModelMentions('Pack of 2, Model TH 440', forms))).toEqual(['th440']);
    expect(keys(joinedModelMentions('Bicycles pack 8524-21', forms))).toEqual(['852421']);
    expect(keys(joinedModelMentions('Power strip EX D112 05', forms))).toEqual(['exd11205']);
    expect(joinedModelMentions('TH 441 trail vehicle', forms)).toEqual([]);
  });

  it("keeps with each first word the bits of what follows it in a recalled number", () => {
    const forms = recalledModelForms(['TH440', '8524-21', 'TH-9X']);
    const followers = forms.starts.getRange('Model TH 440', 6, 8) as number;
    for (const next of '49') expect(followers & followerBit(next.charCodeAt(0))).not.toBe(0);
    expect(followers & followerBit('Q'.charCodeAt(0))).toBe(0);
    expect(forms.starts.getRange('8524-21', 0, 4)).toBe(followerBit('2'.charCodeAt(0)));
    expect(forms.starts.getRange('tH 440', 0, 2)).toBeUndefined();
  });

  it('finds the same joins with the followers filter as without it', () => {
    const forms = recalledModelForms(['TH440', '8524-21', 'EX-D112-05', '6Q-200', 'AW70V6', '2024-ZX']);
    // the same forms with every first word's filter let through: the joins as spelt before the filter existed
    const unfiltered: RecalledModelForms = {
      ...forms,
      starts: { has: (key) => forms.starts.has(key), size: forms.starts.size, getRange: (text, start, end) => (forms.starts.getRange(text, start, end) === undefined ? undefined : -1) },
    };
    const word = fc.constantFrom('TH', 'th', 'Th', '440', '44', '8524', '21', 'EX', 'D112', '05', '6', 'Q', 'qt', '200', 'AW', '70', 'V', '2024', 'ZX', 'Model', 'pack');
    const gap = fc.constantFrom(' ', '-', ' - ', ', ', '  ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 8 }), (parts) => {
        const title = parts.map(([w, g]) => `${w}${g}`).join('');
        expect(joinedModelMentions(title, forms)).toEqual(joinedModelMentions(title, unfiltered));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lookAlikeModelMentions', () => {
  it.each([
    ['John Deere DlOO lawn tractor', 'd100'],
    ['UTV harnesses XPlOOO', 'xp1000'],
    ['Bicycle rims R-lOl', 'r101'],
    ['Toe-space heaters TS-lA', 'ts1a'],
  ])('%s reads %s', (title, key) => {
    expect(keys(lookAlikeModelMentions(title))).toContain(key);
  });

  it('leaves ordinary words alone', () => {
    expect(lookAlikeModelMentions('Portable Solid Oak Table, Black')).toEqual([]);
    expect(lookAlikeModelMentions('PRO BOX OF 10')).toEqual([]);
  });

  it('reads every word that holds a look-alike pair, without the dashes at its edges', () => {
    expect(lookAlikeModelMentions('Tractor --DlOO- and XPlOOO kit')).toEqual([
      { key: 'd100', display: 'DlOO' },
      { key: 'xp1000', display: 'XPlOOO' },
    ]);
  });

  it('needs a capital, two digits (one beside a digit or dash) and a quarter of the word', () => {
    expect(lookAlikeModelMentions('spare l0l part')).toEqual([]);
    expect(lookAlikeModelMentions('Heater XlA')).toEqual([]);
    expect(keys(lookAlikeModelMentions('Heater X-lA'))).toEqual(['x1a']);
    expect(lookAlikeModelMentions('ABCDEFGHlO')).toEqual([]);
    expect(keys(lookAlikeModelMentions('ABCDEFlO'))).toEqual(['abcdef10']);
  });
});
