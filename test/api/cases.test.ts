import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { DIALECTS } from '../storage/dialects.js';
import { json, openTestApi, problem, type TestApi } from './api-harness.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const listing = listingOf('Anker PowerCore 10000 portable charger A1263', { id: 'anker-1', marketplace: 'ebay', seller: 'volt-deals' });

interface CaseBody {
  caseId: string;
  status: { state: string };
  deadline: string;
  audit?: { action: string; actor: string }[];
}

describe.each(DIALECTS)('the enforcement API on $name', (dialect) => {
  let api: TestApi;

  beforeEach(async () => {
    api = await openTestApi(dialect, { recalls: [anker] });
  }, 60_000);

  afterEach(async () => {
    await api.close();
  });

  async function openCase(): Promise<CaseBody> {
    const upload = await api.app.inject({ method: 'PUT', url: '/v1/listings', headers: { ...api.as('integration'), 'content-type': 'application/x-ndjson' }, payload: `${JSON.stringify(listing)}\n` });
    expect(upload.statusCode).toBe(200);
    const list = await api.app.inject({ method: 'GET', url: '/v1/cases?state=open', headers: api.as('regulator') });
    const items = json<{ items: CaseBody[] }>(list).items;
    expect(items).toHaveLength(1);
    return items[0] as CaseBody;
  }

  it('takes a case from a block match through a takedown request and the marketplace\'s confirmation', async () => {
    const opened = await openCase();
    expect(opened).toMatchObject({ status: { state: 'open' }, deadline: 'on_track' });
    const actions = `/v1/cases/${opened.caseId}/actions`;

    const integrationRequests = await api.app.inject({ method: 'POST', url: actions, headers: api.as('integration'), payload: { action: 'request_action', measure: { kind: 'remove' } } });
    expect(problem(integrationRequests)).toMatchObject({ status: 403, code: 'RG_ERR_FORBIDDEN' });

    const requested = await api.app.inject({ method: 'POST', url: actions, headers: api.as('reviewer'), payload: { action: 'request_action', measure: { kind: 'remove' } } });
    expect(json<CaseBody>(requested).status).toEqual({ state: 'action_requested', requested: { kind: 'remove' } });

    const outbox = json<{ items: { messageId: string; kind: string; state: string }[] }>(await api.app.inject({ method: 'GET', url: '/v1/outbox', headers: api.as('regulator') }));
    expect(outbox.items.map((message) => message.kind).sort()).toEqual(['notify_seller', 'remove']);
    const removal = outbox.items.find((message) => message.kind === 'remove');

    const confirmed = await api.app.inject({ method: 'POST', url: `/v1/outbox/${removal?.messageId}/confirm`, headers: api.as('integration'), payload: { outcome: 'removed' } });
    expect(json<CaseBody>(confirmed)).toMatchObject({ status: { state: 'removed' }, deadline: 'closed' });

    const illegal = await api.app.inject({ method: 'POST', url: actions, headers: api.as('reviewer'), payload: { action: 'dismiss', reason: 'too late' } });
    expect(problem(illegal)).toMatchObject({ status: 409, code: 'RG_ERR_ILLEGAL_TRANSITION', detail: expect.stringContaining('verify, reopen') });

    const detail = json<CaseBody>(await api.app.inject({ method: 'GET', url: `/v1/cases/${opened.caseId}`, headers: api.as('regulator') }));
    expect(detail.audit?.map((entry) => entry.action)).toEqual(['case.open', 'case.request_action', 'case.confirm_removed']);
    expect(detail.audit?.[2]?.actor).toMatch(/^integration:key-/);
  });

  it('refuses a bad command naming the field, and an unknown case', async () => {
    const opened = await openCase();
    const bad = await api.app.inject({ method: 'POST', url: `/v1/cases/${opened.caseId}/actions`, headers: api.as('reviewer'), payload: { action: 'dismiss' } });
    expect(problem(bad)).toMatchObject({ status: 400, code: 'RG_ERR_INVALID_REQUEST' });
    expect(JSON.stringify(problem(bad).errors)).toContain('reason');
    const missing = await api.app.inject({ method: 'POST', url: '/v1/cases/424242/actions', headers: api.as('reviewer'), payload: { action: 'verify' } });
    expect(problem(missing)).toMatchObject({ status: 404, code: 'RG_ERR_NOT_FOUND' });
  });

  it('assigns and acts in bulk, one refusal not stopping the others', async () => {
    const opened = await openCase();
    const assigned = await api.app.inject({ method: 'POST', url: '/v1/cases/assign', headers: api.as('reviewer'), payload: { caseIds: [opened.caseId], assignee: 'ana' } });
    expect(json<{ items: { assignee: string }[] }>(assigned).items[0]?.assignee).toBe('ana');
    const bulk = await api.app.inject({ method: 'POST', url: '/v1/cases/bulk', headers: api.as('reviewer'), payload: { caseIds: [opened.caseId, '424242'], command: { action: 'dismiss', reason: 'different model on the label' } } });
    expect(json<{ results: { caseId: string; ok: boolean }[] }>(bulk).results.map((result) => [result.caseId, result.ok])).toEqual([
      [opened.caseId, true],
      ['424242', false],
    ]);
  });

  it('gives regulators the compliance report (JSON, CSV, HTML, PDF) and the audit check', async () => {
    await openCase();
    const base = '/v1/reports/compliance?from=2000-01-01&to=2100-01-01';
    const report = json<{ overall: { found: number; stillOpen: number } }>(await api.app.inject({ method: 'GET', url: base, headers: api.as('regulator') }));
    expect(report.overall).toMatchObject({ found: 1, stillOpen: 1 });
    const csv = await api.app.inject({ method: 'GET', url: `${base}&format=csv`, headers: api.as('regulator') });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n')[0]).toMatch(/^recall,found,removed/);
    const html = await api.app.inject({ method: 'GET', url: `${base}&format=html`, headers: api.as('regulator') });
    expect(html.body).toContain('<svg');
    const pdf = await api.app.inject({ method: 'GET', url: `${base}&format=pdf`, headers: api.as('regulator') });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await api.app.inject({ method: 'GET', url: '/v1/reports/compliance?from=yesterday&to=2100-01-01', headers: api.as('regulator') });
    expect(problem(bad)).toMatchObject({ status: 400 });
    const audit = json<{ ok: boolean; count: number }>(await api.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: api.as('regulator') }));
    expect(audit).toMatchObject({ ok: true, count: 1 });
  });
});
