import { describe, expect, it } from 'vitest';
import { isRecallguardError } from '../../errors/index.js';
import type { ConversionResult } from '../feed-adapter.js';
import { cpscRssAdapter } from './cpsc-rss-adapter.js';

function item(title: string, link: string, description: string, pubDate: string): string {
  return `<item><title>${title}</title><link>${link}</link><description>${description}</description><pubDate>\t${pubDate}</pubDate></item>`;
}

function feed(...items: string[]): string {
  return `\ufeff<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Recall List</title>${items.join('')}</channel></rss>`;
}

function convertAll(xml: string): ConversionResult[] {
  return [...cpscRssAdapter.records(xml)].map((record) => cpscRssAdapter.toRecall(record));
}

const LINK = 'https://www.cpsc.gov/Recalls/2022/Glow-Lite-Recalls-Night-Lights-Due-to-Burn-Hazard';

describe('cpscRssAdapter', () => {
  it('detects RSS text and the parsed tree', () => {
    expect(cpscRssAdapter.detect(feed())).toBe(true);
    expect(cpscRssAdapter.detect({ rss: { channel: {} } })).toBe(true);
    expect(cpscRssAdapter.detect('<html></html>')).toBe(false);
    expect(cpscRssAdapter.detect([])).toBe(false);
  });

  it('maps an item: hazard from the HTML description, date, id from the link slug', () => {
    const xml = feed(item('Glow Lite Recalls Night Lights Due to Burn Hazard', LINK, '&lt;p&gt;The light can &amp;amp; will overheat.&lt;/p&gt;', 'November 10, 2021'));
    const [result] = convertAll(xml);
    expect(result?.ok && result.recall).toMatchObject({
      id: 'cpsc:2022/Glow-Lite-Recalls-Night-Lights-Due-to-Burn-Hazard',
      title: 'Glow Lite Recalls Night Lights Due to Burn Hazard',
      url: LINK,
      publishedAt: '2021-11-10',
      hazards: ['The light can & will overheat.'],
      products: [{ name: 'Night Lights', brands: ['Glow Lite'] }],
    });
  });

  it('takes a recall number stated in the text, without its hyphen', () => {
    const [result] = convertAll(feed(item('Glow Lite Recalls Night Lights', LINK, 'Recall number: 22-123. Overheats.', 'Nov 10, 2021')));
    expect(result?.ok && result.recall.id).toBe('cpsc:22123');
  });

  it('reports an item with an unreadable date; the next one goes through', () => {
    const results = convertAll(feed(item('A Recalls B', LINK, 'x', 'someday'), item('C Recalls D', `${LINK}-2`, 'y', 'October 1, 2021')));
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]?.ok === false && results[0].problems).toEqual([
      { source: 'cpsc', recordId: '2022/Glow-Lite-Recalls-Night-Lights-Due-to-Burn-Hazard', field: 'pubDate', message: 'expected a date, got "someday"' },
    ]);
  });

  it('fails the document with the position when the XML is broken', () => {
    try {
      Array.from(cpscRssAdapter.records('<rss><channel><item><title>x</item></channel></rss>'));
      expect.unreachable();
    } catch (error) {
      expect(isRecallguardError(error) && error.code).toBe('RG_ERR_BAD_INPUT');
      expect(String(error)).toMatch(/line 1, column \d+/);
    }
  });

  it('reads a channel with one item or none', () => {
    expect(convertAll(feed())).toEqual([]);
    expect(convertAll(feed(item('A Recalls B', LINK, 'x', 'October 1, 2021')))).toHaveLength(1);
  });
});
