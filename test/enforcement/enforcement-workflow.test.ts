import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceReportFromStore, dispatchOutbox, EnforcementService, reviewerPairs, startEnforcementLoop, verifyStoredTrail } from '../../src/enforcement/index.js';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { ScreeningService } from '../../src/screening/index.js';
import type { Store } from '../../src/storage/index.js';
import { newWebhookSecret, verifyWebhook } from '../../src/webhooks/index.js';
import { DIALECTS, type TestStore } from '../storage/dialects.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const ankerListing = listingOf('Anker PowerCore 10000 portable charger A1263', { id: 'anker-1', marketplace: 'ebay', seller: 'volt-deals' });
const kettle = listingOf('Stainless steel electric kettle 1.7 L', { id: 'kettle-1', marketplace: 'ebay' });

/** A clock the test moves by hand, starting Monday 2026-11-02 09:00 UTC. */
function timeline() {
  let now = new Date('2026-11-02T09:00:00Z');
  return { clock: () => now, advanceHours: (hours: number) => void (now = new Date(now.getTime() + hours * 3_600_000)) };
}

describe.each(DIALECTS)('enforcement on $name', (dialect) => {
  let handle: TestStore;
  let store: Store;
  let time: ReturnType<typeof timeline>;
  let enforcement: EnforcementService;
  let screening: ScreeningService;

  beforeEach(async () => {
    handle = await dialect.openStore();
    store = handle.store;
    time = timeline();
    enforcement = new EnforcementService(store, { clock: time.clock });
    screening = new ScreeningService(store, { listener: enforcement.listener() });
    await screening.ingestRecalls('test', [anker], []);
  }, 60_000);

  afterEach(async () => {
    await handle.drop();
  });

  it('opens a case for a block match and, under an auto-takedown policy, requests removal with its webhooks', async () => {
    await enforcement.setSourcePolicy({ source: 'cpsc', mode: 'auto_takedown', deadline: { kind: 'hours', hours: 4 } }, 'admin:test');
    await screening.ingestListings('upload', [ankerListing, kettle], []);
    const [opened, ...others] = await store.cases.list({ limit: 10 });
    expect(others).toEqual([]);
    expect(opened).toMatchObject({ marketplace: 'ebay', id: 'anker-1', recallId: 'cpsc:25338', status: { state: 'action_requested', requested: { kind: 'remove' } }, seller: 'volt-deals' });
    expect(opened?.dueAt.toISOString()).toBe('2026-11-02T13:00:00.000Z');
    expect((await store.outbox.list({ limit: 10 })).map((message) => message.kind).sort()).toEqual(['notify_seller', 'remove']);
    expect((await store.audit.forSubject(`case:${opened?.caseId}`)).map((entry) => entry.action)).toEqual(['case.open', 'case.request_action']);

    await screening.ingestListings('upload', [ankerListing], []);
    expect(await store.cases.list({ limit: 10 })).toHaveLength(1);
  });

  it('runs a case through review, restriction and verification, refusing illegal steps with the allowed actions', async () => {
    await screening.ingestListings('upload', [ankerListing], []);
    const [opened] = await store.cases.list({ limit: 10 });
    const caseId = opened?.caseId as string;
    expect(opened?.status).toEqual({ state: 'open' });
    await expect(enforcement.act(caseId, { action: 'verify' }, 'reviewer:ana')).rejects.toThrow(/case \d+: .*open.*request_action, dismiss/);

    await enforcement.act(caseId, { action: 'request_action', measure: { kind: 'restrict', jurisdictions: ['us'] } }, 'reviewer:ana');
    time.advanceHours(3);
    const restricted = await enforcement.act(caseId, { action: 'confirm_restricted', jurisdictions: ['US'] }, 'marketplace:ebay');
    expect(restricted.status).toEqual({ state: 'restricted', jurisdictions: ['US'] });
    expect(restricted.closedAt?.toISOString()).toBe('2026-11-02T12:00:00.000Z');
    time.advanceHours(24);
    const verified = await enforcement.act(caseId, { action: 'verify' }, 'regulator:cpsc');
    expect(verified.status.state).toBe('verified');
    expect(verified.closedAt?.toISOString()).toBe('2026-11-02T12:00:00.000Z');
    await expect(enforcement.act(caseId, { action: 'reopen', reason: 'x' }, 'reviewer:ana')).rejects.toMatchObject({ code: 'RG_ERR_ILLEGAL_TRANSITION' });
    await expect(enforcement.act(caseId, { action: 'dismiss' }, 'reviewer:ana')).rejects.toMatchObject({ code: 'RG_ERR_INVALID_REQUEST' });
  });

  it('remembers a dismissal: the same listing unchanged opens no new case, a material change does', async () => {
    await screening.ingestListings('upload', [ankerListing], []);
    const [opened] = await store.cases.list({ limit: 10 });
    await enforcement.act(opened?.caseId as string, { action: 'dismiss', reason: 'sold as a replacement shell, no cell' }, 'reviewer:ana');
    expect(await store.takedownMemory.labels()).toEqual([expect.objectContaining({ recallId: 'cpsc:25338', isMatch: false, reviewer: 'reviewer:ana' })]);

    await screening.sweep('cpsc:25338');
    expect(await store.cases.list({ limit: 10 })).toHaveLength(1);
    await screening.ingestListings('upload', [{ ...ankerListing, title: `${ankerListing.title} 20W fast` }], []);
    expect((await store.cases.list({ limit: 10 })).map((item) => item.status.state)).toEqual(['dismissed', 'open']);
  });

  it('opens a case when a reviewer confirms a match, and labels the pair', async () => {
    const other = await screening.ingestListings('upload', [ankerListing], []);
    expect(other.matched).toBe(1);
    const [match] = await store.matches.forListing({ marketplace: 'ebay', id: 'anker-1' });
    const [auto] = await store.cases.list({ limit: 10 });
    await enforcement.act(auto?.caseId as string, { action: 'dismiss', reason: 'checked the photo' }, 'reviewer:bo');
    await screening.ingestListings('upload', [{ ...ankerListing, price: 9.99 }], []);
    const confirmed = await enforcement.confirmMatch(match?.matchId as string, 'reviewer:ana');
    expect(confirmed.status.state).toBe('open');
    expect((await store.takedownMemory.labels()).map((label) => label.isMatch)).toEqual([false, true]);
    const pairs = await reviewerPairs(store, await screening.index());
    expect(pairs.map((pair) => [pair.listing.listing.id, pair.product.recall.id, pair.label])).toEqual([
      ['anker-1', 'cpsc:25338', 0],
      ['anker-1', 'cpsc:25338', 1],
    ]);
    await expect(enforcement.confirmMatch('999999', 'reviewer:ana')).rejects.toMatchObject({ code: 'RG_ERR_NOT_FOUND' });
  });

  it('escalates a case once its deadline passes, once', async () => {
    await screening.ingestListings('upload', [ankerListing], []);
    time.advanceHours(47);
    expect(await enforcement.escalateOverdue()).toEqual([]);
    time.advanceHours(2);
    const escalated = await enforcement.escalateOverdue();
    expect(escalated.map((item) => item.id)).toEqual(['anker-1']);
    expect(await enforcement.escalateOverdue()).toEqual([]);
    expect((await store.audit.forSubject(`case:${escalated[0]?.caseId}`)).map((entry) => entry.action)).toContain('case.escalate');
  });

  it('counts a priority list\'s deadline from when the platform was notified', async () => {
    await enforcement.importPriorityList({ list: 'cpsc-priority-2026-11', recalls: [{ recallId: 'cpsc:25338', notifiedAt: new Date('2026-11-02T07:00:00Z'), deadline: { kind: 'hours', hours: 4 } }] }, 'admin:test');
    await screening.ingestListings('upload', [ankerListing], []);
    const [opened] = await store.cases.list({ limit: 10 });
    expect(opened?.notifiedAt.toISOString()).toBe('2026-11-02T07:00:00.000Z');
    expect(opened?.dueAt.toISOString()).toBe('2026-11-02T11:00:00.000Z');
  });

  it('blocks a re-listing of a removed listing and links it to the original case', async () => {
    await screening.ingestListings('upload', [ankerListing], []);
    const [original] = await store.cases.list({ limit: 10 });
    await enforcement.act(original?.caseId as string, { action: 'request_action', measure: { kind: 'remove' } }, 'reviewer:ana');
    await enforcement.act(original?.caseId as string, { action: 'confirm_removed' }, 'marketplace:ebay');
    const relisted = listingOf('Portable charger 10000mAh, model A1263, fast delivery', { id: 'anker-2', marketplace: 'ebay', seller: 'volt-deals' });
    await screening.ingestListings('upload', [relisted], []);
    const cases = await store.cases.list({ limit: 10 });
    expect(cases.map((item) => [item.id, item.status.state, item.relistingOf])).toEqual([
      ['anker-1', 'removed', null],
      ['anker-2', 'action_requested', original?.caseId],
    ]);

    await enforcement.act(cases[1]?.caseId as string, { action: 'confirm_removed' }, 'marketplace:ebay');
    await screening.ingestListings('upload', [listingOf('Anker 10000 power bank A1263 original', { id: 'anker-3', marketplace: 'ebay', seller: 'volt-deals' })], []);
    expect((await store.audit.forSubject('seller:ebay/volt-deals')).map((entry) => [entry.action, entry.reason])).toEqual([['seller.flag_repeat', '2 earlier listings taken down']]);
  });

  it('keeps an audit trail that the database will not let anyone edit, and that detects an edit made anyway', async () => {
    await screening.ingestListings('upload', [ankerListing], []);
    const [opened] = await store.cases.list({ limit: 10 });
    await enforcement.act(opened?.caseId as string, { action: 'dismiss', reason: 'other model' }, 'reviewer:ana');
    expect(await verifyStoredTrail(store)).toMatchObject({ ok: true, count: 2 });
    await expect(sql`update audit_entry set reason = 'edited' where seq = 2`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_entry where seq = 1`.execute(store.db)).rejects.toThrow(/append-only/);
    // Someone with the rights to switch the guard off is still caught by the chain.
    await sql`alter table audit_entry disable trigger audit_entry_append_only`.execute(store.db);
    await sql`update audit_entry set reason = 'edited' where seq = 2`.execute(store.db);
    expect(await verifyStoredTrail(store)).toMatchObject({ ok: false, seq: 2 });
  });

  describe('webhook delivery', () => {
    let receiver: Server;
    let url: string;
    const received: { id: string; type: string }[] = [];
    let answers: number[] = [];
    const secret = newWebhookSecret();

    beforeEach(async () => {
      received.length = 0;
      receiver = createServer(async (request: IncomingMessage, response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks).toString();
        const verified = verifyWebhook(secret, request.headers, body);
        const status = answers.shift() ?? 204;
        if (verified.ok && status < 300) received.push({ id: String(request.headers['webhook-id']), type: (verified.payload as { type: string }).type });
        response.writeHead(verified.ok ? status : 401).end();
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    });

    afterEach(async () => {
      await new Promise((resolve) => receiver.close(resolve));
    });

    it('delivers signed messages, retries failures with backoff and dead-letters after the last try', async () => {
      await store.policies.setWebhookEndpoint('ebay', url, secret);
      await enforcement.setSourcePolicy({ source: 'cpsc', mode: 'auto_takedown', deadline: { kind: 'hours', hours: 4 } }, 'admin:test');
      await screening.ingestListings('upload', [ankerListing], []);
      answers = [500, 503];
      const retry = { baseMs: 60_000, maxMs: 600_000, jitter: 0, maxAttempts: 2 };
      const first = await dispatchOutbox(store, { clock: time.clock, retry, timeoutMs: 2_000 });
      expect(first.map((outcome) => [outcome.result, outcome.status])).toEqual([
        ['retry', 500],
        ['retry', 503],
      ]);
      expect(await dispatchOutbox(store, { clock: time.clock, retry })).toEqual([]);
      time.advanceHours(1);
      answers = [204, 500];
      const second = await dispatchOutbox(store, { clock: time.clock, retry, timeoutMs: 2_000 });
      expect(second.map((outcome) => outcome.result).sort()).toEqual(['dead', 'delivered']);
      expect(received).toHaveLength(1);
      expect(received[0]?.id).toMatch(/^msg_/);
      const dead = await store.outbox.list({ state: 'dead', limit: 10 });
      expect(dead).toHaveLength(1);
      expect(dead[0]).toMatchObject({ attempts: 2, lastStatus: 500 });
      expect(await store.outbox.retry(dead[0]?.messageId as string, time.clock())).toBe(true);
      const third = await dispatchOutbox(store, { clock: time.clock, retry, timeoutMs: 2_000 });
      expect(third.map((outcome) => outcome.result)).toEqual(['delivered']);
      expect(new Set(received.map((message) => message.type))).toEqual(new Set(['takedown.remove', 'takedown.notify_seller']));
    });

    it('delivers in the background while the loop runs, and stops cleanly', async () => {
      await store.policies.setWebhookEndpoint('ebay', url, secret);
      await enforcement.setSourcePolicy({ source: 'cpsc', mode: 'auto_takedown', deadline: { kind: 'hours', hours: 4 } }, 'admin:test');
      await screening.ingestListings('upload', [ankerListing], []);
      const loop = startEnforcementLoop(store, enforcement, { intervalMs: 20, timeoutMs: 2_000 });
      for (let waited = 0; received.length < 2 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      await loop.stop();
      expect(received).toHaveLength(2);
      expect(await store.outbox.list({ state: 'pending', limit: 10 })).toEqual([]);
    });
  });

  it('reports a small timeline with the figures worked out by hand', async () => {
    await enforcement.setSourcePolicy({ source: 'cpsc', mode: 'review_first', deadline: { kind: 'hours', hours: 48 } }, 'admin:test');
    const listings = ['a', 'b', 'c'].map((suffix) => ({ ...ankerListing, id: `anker-${suffix}`, seller: suffix === 'c' ? 'other' : 'volt-deals' }));
    await screening.ingestListings('upload', listings, []);
    const [a, b, c] = await store.cases.list({ limit: 10 });
    await enforcement.act(a?.caseId as string, { action: 'request_action', measure: { kind: 'remove' } }, 'reviewer:ana');
    time.advanceHours(2);
    await enforcement.act(a?.caseId as string, { action: 'confirm_removed' }, 'marketplace:ebay');
    await enforcement.act(b?.caseId as string, { action: 'request_action', measure: { kind: 'remove' } }, 'reviewer:ana');
    time.advanceHours(58);
    await enforcement.act(b?.caseId as string, { action: 'confirm_removed' }, 'marketplace:ebay');
    await enforcement.act(c?.caseId as string, { action: 'dismiss', reason: 'other model' }, 'reviewer:ana');
    const report = await complianceReportFromStore(store, { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') }, time.clock());
    // a: removed after 2 h (in time); b: removed after 60 h (late: due at 48 h); c: dismissed
    expect(report.overall).toMatchObject({ found: 3, removed: 2, dismissed: 1, stillOpen: 0, withinDeadlineShare: 0.5 });
    expect(report.overall.timeToTakedown).toEqual({ count: 2, p50Hours: 2, p90Hours: 60, maxHours: 60 });
    expect(report.overall.repeatSellers).toEqual([{ marketplace: 'ebay', seller: 'volt-deals', takedowns: 2 }]);
    expect(report.byRecall.map((entry) => [entry.recallId, entry.title])).toEqual([['cpsc:25338', anker.title]]);
  });
});
