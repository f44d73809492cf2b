import { fc, test } from '@fast-check/vitest';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { BRAND_ALIASES } from './brand-aliases.js';
import { brandKey, brandSkeleton, compactBrandKey, findBrandMentions, toSimplified } from './brand.js';
import { containsCjk } from './chinese.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const latinAliases = BRAND_ALIASES.flatMap(({ canonical, aliases }) =>
  aliases.filter((a) => !containsCjk(a)).map((alias) => ({ canonical, alias })),
);
const cjkAliases = BRAND_ALIASES.flatMap(({ canonical, aliases }) =>
  aliases.filter((a) => containsCjk(a)).map((alias) => ({ canonical, alias })),
);
/** Made-up company names that are in no table. */
const NAMES = ['Aria Child', 'Sunnyglade', 'Qumeney', 'Malker Outdoor', 'Favoto', 'Harbor Lane', 'Kidsway', 'Blue Tern'];
const LATIN_SUFFIXES = [' Co., Ltd.', ' Co.,Ltd', ' Inc.', ', Inc.', ' LLC', ' L.L.C.', ' GmbH', ' Limited', ' Corp.', ' S.A.',
  ' Technology Co., Ltd.', ' Technologies Inc', ' International Trading Co., Ltd', ' Group', ' Industrial Co. Ltd'];
const CJK_PREFIXES = ['', '深圳市', '深圳', '广州市', '东莞市', '广东省深圳市', '上海'];
const CJK_SUFFIXES = ['', '科技有限公司', '有限公司', '股份有限公司', '电子科技有限公司', '集团', '贸易有限公司'];

describe('brandKey', () => {
  it.each([
    ['安克', 'anker'],
    ['安克创新科技股份有限公司', 'anker'],
    ['羅馬仕', 'romoss'],
    ['深圳罗马仕科技有限公司', 'romoss'],
    ['深圳罗马仕科技有限公司 (Shenzhen ROMOSS Technology Co., Ltd.)', 'romoss'],
    ['Shenzhen ROMOSS Technology Co., Ltd.', 'romoss'],
    ['R O M O S S', 'romoss'],
    ['Anker Innovations Limited', 'anker'],
    ['ＡＮＫＥＲ', 'anker'],
    ['Aria Child Inc. of Dedham, Mass.', 'aria child'],
    ['Fisher-Price, Inc.', 'fisherprice'],
    ['Fisher Price', 'fisherprice'],
    ['TP-LINK Technologies Co.,Ltd.', 'tplink'],
    ["Graco Children's Products Inc.", 'graco'],
    ['The Coleman Company, Inc.', 'coleman'],
    ['华为技术有限公司', 'huawei'],
    ['青岛海尔股份有限公司', 'haier'],
    ['ROMOSS 罗马仕', 'romoss'],
    ['罗马仕ROMOSS旗舰店', 'romoss'],
    ['Anker 罗马仕', 'anker 罗马仕'],
    ['Toys R Us', 'toys r us'],
    ['General Electric', 'general electric'],
  ])('%j -> %j', (raw, key) => {
    expect(brandKey(raw)).toBe(key);
  });

  it('has a bilingual table of at least 40 distinct brands whose canonical keys are fixed points', () => {
    const canonicals = BRAND_ALIASES.map((b) => b.canonical);
    expect(new Set(canonicals).size).toBe(canonicals.length);
    expect(canonicals.length).toBeGreaterThanOrEqual(40);
    expect(cjkAliases.length).toBeGreaterThanOrEqual(40);
    for (const canonical of canonicals) expect(brandKey(canonical)).toBe(canonical);
  });

  it('maps every alias to its own brand', () => {
    for (const { canonical, aliases } of BRAND_ALIASES) {
      for (const alias of aliases) expect([alias, brandKey(alias)]).toEqual([alias, canonical]);
    }
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('is idempotent on any text', (raw) => {
    const key = brandKey(raw);
    expect(brandKey(key)).toBe(key);
  });

  test.prop([fc.constantFrom(...NAMES, ...latinAliases.map((a) => a.alias)), fc.array(fc.constantFrom(...LATIN_SUFFIXES), { maxLength: 2 })])(
    'ignores legal suffixes and case',
    (name, suffixes) => {
      const key = brandKey(name);
      expect(brandKey(`${name}${suffixes.join('')}`)).toBe(key);
      expect(brandKey(`${name.toUpperCase()}${suffixes.join('').toLowerCase()}`)).toBe(key);
    },
  );

  test.prop([fc.constantFrom(...latinAliases.filter((a) => /^[A-Za-z]{3,}$/.test(a.alias)))])(
    'reads spaced-out letters as one word',
    ({ canonical, alias }) => {
      expect(brandKey([...alias].join(' '))).toBe(canonical);
    },
  );

  test.prop([fc.constantFrom(...cjkAliases), fc.constantFrom(...CJK_PREFIXES), fc.constantFrom(...CJK_SUFFIXES), fc.boolean()])(
    'reads Chinese firm names in either script, with city prefixes and legal suffixes',
    ({ canonical, alias }, prefix, suffix, traditional) => {
      const name = `${prefix}${alias}${suffix}`;
      expect(brandKey(traditional ? toTraditional(name) : name)).toBe(canonical);
    },
  );
});

describe('toSimplified', () => {
  it('converts traditional script and leaves other text alone', () => {
    expect(toSimplified('羅馬仕行動電源')).toBe('罗马仕行动电源');
    expect(toSimplified('罗马仕')).toBe('罗马仕');
    expect(toSimplified('ROMOSS 20000mAh')).toBe('ROMOSS 20000mAh');
  });
});

describe('findBrandMentions', () => {
  it.each([
    ['羅馬仕 power bank, not an Anker', ['romoss', 'anker']],
    ['罗马仕ROMOSS充电宝', ['romoss']],
    ['Mi Power Bank 3, range 10 mi', ['xiaomi']],
    ['完美的礼物', []],
    ['美的电饭煲', ['midea']],
    ['新鲜苹果 5斤', []],
    ['苹果手机充电器', ['apple']],
    ['TP Link router and a FISHER PRICE toy', ['tplink', 'fisherprice']],
    ['ankerite minerals and hocolate', []],
    ['ＵＧＲＥＥＮ 绿联 cable', ['ugreen']],
  ])('%s', (text, brands) => {
    expect(findBrandMentions(text)).toEqual(brands);
  });

  test.prop([fc.constantFrom(...latinAliases, ...cjkAliases), fc.constantFrom('', 'Portable ', '2025 '), fc.constantFrom('', ' charger', ' 20000mAh')])(
    'finds every alias of the table in a title',
    ({ canonical, alias }, before, after) => {
      expect(findBrandMentions(`${before}${alias}${after}`)).toContain(canonical);
    },
  );
});

describe('toSimplified idempotence', () => {
  it('follows variant chains to their end (薴 → 苧 → 苎)', () => {
    expect(toSimplified('薴')).toBe(toSimplified(toSimplified('薴')));
  });

  test.prop([fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 12 })])(
    'is idempotent on Han text',
    (text) => {
      const once = toSimplified(text);
      expect(toSimplified(once)).toBe(once);
    },
  );
});

describe('compactBrandKey', () => {
  it('is the brand key without spaces, so word and joined spellings compare equal', () => {
    expect(compactBrandKey('Fisher-Price, Inc.')).toBe('fisherprice');
    expect(compactBrandKey('Fisher Price')).toBe(compactBrandKey('FisherPrice'));
  });
});

describe('brandSkeleton', () => {
  it.each([
    ['D0IIar Tree', 'Dollar Tree'],
    ['K0hIs', "Kohl's"],
    ['Sauder W00dw0rking', 'Sauder Woodworking Co.'],
    ['0shK0sh', 'OshKosh'],
    ['CI0r0x', 'Clorox'],
  ])('%s looks like %s', (disguised, brand) => {
    expect(brandSkeleton(compactBrandKey(disguised))).toBe(brandSkeleton(compactBrandKey(brand)));
  });

  it('keeps different brands apart', () => {
    expect(brandSkeleton(compactBrandKey('Anker'))).not.toBe(brandSkeleton(compactBrandKey('Baseus')));
    expect(brandSkeleton(compactBrandKey('Dollar Tree'))).not.toBe(brandSkeleton(compactBrandKey('Dollar General')));
  });
});
