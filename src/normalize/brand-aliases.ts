/**
 * Brands common in cross-border consumer-electronics and juvenile-product trade, with the spellings sellers
 * use for them. `canonical` is the brand key that {@link brandKey} returns (lower case, no punctuation);
 * aliases are written naturally and go through the same folding. A Chinese alias appears only where the
 * brand's Chinese name is well established.
 */
export interface BrandAlias {
  readonly canonical: string;
  readonly aliases: readonly string[];
}

/**
 * The bilingual alias table.
 * @example BRAND_ALIASES.find((b) => b.canonical === 'romoss')?.aliases // ['ROMOSS', '罗马仕']
 */
export const BRAND_ALIASES: ReadonlyArray<BrandAlias> = [
  // power banks, chargers, cables
  { canonical: 'anker', aliases: ['Anker', 'Anker Innovations', '安克', '安克创新'] },
  { canonical: 'romoss', aliases: ['ROMOSS', '罗马仕'] },
  { canonical: 'baseus', aliases: ['Baseus', '倍思'] },
  { canonical: 'ugreen', aliases: ['UGREEN', '绿联'] },
  { canonical: 'aukey', aliases: ['Aukey', '傲基'] },
  { canonical: 'ravpower', aliases: ['RAVPower', 'RAV Power'] },
  { canonical: 'belkin', aliases: ['Belkin', '贝尔金'] },
  { canonical: 'pisen', aliases: ['Pisen', '品胜'] },
  { canonical: 'nillkin', aliases: ['Nillkin', '耐尔金'] },
  { canonical: 'zmi', aliases: ['ZMI', '紫米'] },
  { canonical: 'joyroom', aliases: ['Joyroom', '机乐堂'] },
  { canonical: 'remax', aliases: ['Remax', '睿量'] },
  { canonical: 'hoco', aliases: ['Hoco', '浩酷'] },
  { canonical: 'yoobao', aliases: ['Yoobao', '羽博'] },
  { canonical: 'cuktech', aliases: ['Cuktech', '酷态科'] },
  { canonical: 'orico', aliases: ['Orico', '奥睿科'] },
  { canonical: 'essager', aliases: ['Essager', '益斯'] },
  { canonical: 'iniu', aliases: ['INIU'] },
  { canonical: 'esr', aliases: ['ESR', '亿色'] },
  { canonical: 'ecoflow', aliases: ['EcoFlow', 'Eco Flow', '正浩'] },
  { canonical: 'jackery', aliases: ['Jackery'] },
  { canonical: 'energizer', aliases: ['Energizer', '劲量'] },
  { canonical: 'duracell', aliases: ['Duracell', '金霸王'] },
  { canonical: 'nanfu', aliases: ['Nanfu', '南孚'] },
  // phones, computers, networking
  { canonical: 'xiaomi', aliases: ['Xiaomi', 'Mi', 'Mijia', '小米', '米家'] },
  { canonical: 'redmi', aliases: ['Redmi', '红米'] },
  { canonical: 'huawei', aliases: ['Huawei', '华为'] },
  { canonical: 'honor', aliases: ['Honor', '荣耀'] },
  { canonical: 'lenovo', aliases: ['Lenovo', '联想'] },
  { canonical: 'oneplus', aliases: ['OnePlus', 'One Plus', '一加'] },
  { canonical: 'realme', aliases: ['realme', '真我'] },
  { canonical: 'oppo', aliases: ['OPPO'] },
  { canonical: 'vivo', aliases: ['vivo'] },
  { canonical: 'meizu', aliases: ['Meizu', '魅族'] },
  { canonical: 'zte', aliases: ['ZTE', '中兴'] },
  { canonical: 'samsung', aliases: ['Samsung', '三星'] },
  { canonical: 'apple', aliases: ['Apple', '苹果'] },
  { canonical: 'sony', aliases: ['Sony', '索尼'] },
  { canonical: 'panasonic', aliases: ['Panasonic', '松下'] },
  { canonical: 'tplink', aliases: ['TP-Link', 'TPLink', '普联'] },
  { canonical: 'dell', aliases: ['Dell', '戴尔'] },
  { canonical: 'hp', aliases: ['HP', 'Hewlett-Packard', '惠普'] },
  { canonical: 'asus', aliases: ['ASUS', '华硕'] },
  { canonical: 'acer', aliases: ['Acer', '宏碁'] },
  { canonical: 'logitech', aliases: ['Logitech', '罗技'] },
  { canonical: 'sandisk', aliases: ['SanDisk', '闪迪'] },
  { canonical: 'kingston', aliases: ['Kingston', '金士顿'] },
  { canonical: 'nokia', aliases: ['Nokia', '诺基亚'] },
  { canonical: 'motorola', aliases: ['Motorola', '摩托罗拉'] },
  { canonical: 'dji', aliases: ['DJI', '大疆'] },
  { canonical: 'canon', aliases: ['Canon', '佳能'] },
  { canonical: 'nikon', aliases: ['Nikon', '尼康'] },
  // audio
  { canonical: 'edifier', aliases: ['Edifier', '漫步者'] },
  { canonical: 'jbl', aliases: ['JBL'] },
  { canonical: 'bose', aliases: ['Bose'] },
  // appliances and tools
  { canonical: 'philips', aliases: ['Philips', '飞利浦'] },
  { canonical: 'midea', aliases: ['Midea', '美的'] },
  { canonical: 'gree', aliases: ['Gree', '格力'] },
  { canonical: 'haier', aliases: ['Haier', '海尔'] },
  { canonical: 'hisense', aliases: ['Hisense', '海信'] },
  { canonical: 'skyworth', aliases: ['Skyworth', '创维'] },
  { canonical: 'tcl', aliases: ['TCL'] },
  { canonical: 'toshiba', aliases: ['Toshiba', '东芝'] },
  { canonical: 'lg', aliases: ['LG'] },
  { canonical: 'supor', aliases: ['Supor', '苏泊尔'] },
  { canonical: 'joyoung', aliases: ['Joyoung', '九阳'] },
  { canonical: 'galanz', aliases: ['Galanz', '格兰仕'] },
  { canonical: 'dyson', aliases: ['Dyson', '戴森'] },
  { canonical: 'bosch', aliases: ['Bosch', '博世'] },
  { canonical: 'siemens', aliases: ['Siemens', '西门子'] },
  { canonical: 'makita', aliases: ['Makita', '牧田'] },
  { canonical: 'dewalt', aliases: ['DeWalt'] },
  { canonical: 'deli', aliases: ['Deli', '得力'] },
  { canonical: 'coleman', aliases: ['Coleman'] },
  { canonical: 'gillette', aliases: ['Gillette', '吉列'] },
  { canonical: 'ikea', aliases: ['IKEA', '宜家'] },
  // toys and juvenile products
  { canonical: 'fisherprice', aliases: ['Fisher-Price', 'Fisher Price', '费雪'] },
  { canonical: 'graco', aliases: ['Graco', "Graco Children's Products"] },
  { canonical: 'mattel', aliases: ['Mattel', '美泰'] },
  { canonical: 'hasbro', aliases: ['Hasbro', '孩之宝'] },
  { canonical: 'lego', aliases: ['LEGO', '乐高'] },
  { canonical: 'vtech', aliases: ['VTech', '伟易达'] },
  { canonical: 'goodbaby', aliases: ['Goodbaby', '好孩子'] },
  { canonical: 'pigeon', aliases: ['Pigeon', '贝亲'] },
  // apparel and sport
  { canonical: 'nike', aliases: ['Nike', '耐克'] },
  { canonical: 'adidas', aliases: ['Adidas', '阿迪达斯'] },
];

/**
 * Chinese aliases that are also everyday words (美的 in 完美的 "perfect", 苹果 the fruit, 三星 "three-star"):
 * a text mentions them as a brand only where they open a run of Chinese characters.
 */
export const AMBIGUOUS_CJK_ALIASES: ReadonlySet<string> = new Set([
  '美的', '苹果', '三星', '小米', '荣耀', '一加', '真我', '得力', '好孩子', '正浩', '松下', '九阳', '中兴', '益斯',
]);
