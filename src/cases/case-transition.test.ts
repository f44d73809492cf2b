import { describe, expect, it } from 'vitest';
import { CaseAction, CaseCommand, CaseState, CaseStatus } from './case-state.js';
import { allowedActions, CASE_TRANSITIONS, transition } from './case-transition.js';

const status = (raw: unknown): CaseStatus => CaseStatus.parse(raw);
const command = (raw: unknown): CaseCommand => CaseCommand.parse(raw);

/** One status per state, with data chosen so an allowed action's data checks pass. */
const SAMPLE_STATUS: Record<CaseState, CaseStatus> = {
  open: status({ state: 'open' }),
  action_requested: status({ state: 'action_requested', requested: { kind: 'restrict', jurisdictions: ['US'] } }),
  removed: status({ state: 'removed' }),
  restricted: status({ state: 'restricted', jurisdictions: ['US'] }),
  verified: status({ state: 'verified', outcome: { kind: 'remove' } }),
  dismissed: status({ state: 'dismissed', reason: 'accessory, not the recalled charger' }),
};

const SAMPLE_COMMAND: Record<CaseAction, CaseCommand> = {
  request_action: command({ action: 'request_action', measure: { kind: 'remove' } }),
  confirm_removed: command({ action: 'confirm_removed' }),
  confirm_restricted: command({ action: 'confirm_restricted', jurisdictions: ['US', 'CA'] }),
  verify: command({ action: 'verify' }),
  dismiss: command({ action: 'dismiss', reason: 'different model' }),
  reopen: command({ action: 'reopen', reason: 'listing changed' }),
};

/** Every (state, action) pair: the state reached, or `illegal`. */
const TABLE: Record<CaseState, Record<CaseAction, CaseState | 'illegal'>> = {
  open: {
    request_action: 'action_requested', confirm_removed: 'illegal', confirm_restricted: 'illegal',
    verify: 'illegal', dismiss: 'dismissed', reopen: 'illegal',
  },
  action_requested: {
    request_action: 'action_requested', confirm_removed: 'removed', confirm_restricted: 'restricted',
    verify: 'illegal', dismiss: 'dismissed', reopen: 'illegal',
  },
  removed: {
    request_action: 'illegal', confirm_removed: 'illegal', confirm_restricted: 'illegal',
    verify: 'verified', dismiss: 'illegal', reopen: 'open',
  },
  restricted: {
    request_action: 'action_requested', confirm_removed: 'removed', confirm_restricted: 'restricted',
    verify: 'verified', dismiss: 'illegal', reopen: 'open',
  },
  verified: {
    request_action: 'illegal', confirm_removed: 'illegal', confirm_restricted: 'illegal',
    verify: 'illegal', dismiss: 'illegal', reopen: 'illegal',
  },
  dismissed: {
    request_action: 'illegal', confirm_removed: 'illegal', confirm_restricted: 'illegal',
    verify: 'illegal', dismiss: 'illegal', reopen: 'open',
  },
};

const PAIRS = CaseState.options.flatMap((from) => CaseAction.options.map((action) => [from, action, TABLE[from][action]] as const));

describe('transition: every (state, action) pair', () => {
  it('covers all 36 pairs', () => {
    expect(PAIRS).toHaveLength(36);
  });

  it.each(PAIRS)('%s + %s -> %s', (from, action, expected) => {
    const result = transition(SAMPLE_STATUS[from], SAMPLE_COMMAND[action]);
    if (expected === 'illegal') {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem).toMatchObject({ code: 'illegal_transition', from, action, allowed: [...CASE_TRANSITIONS[from]] });
      expect(result.problem.message).toContain(`Cannot ${action} a case in state ${from}`);
    } else {
      expect(result).toMatchObject({ ok: true, status: { state: expected } });
      expect(CaseStatus.safeParse(result.ok && result.status).success).toBe(true);
    }
  });

  it('the table agrees with CASE_TRANSITIONS', () => {
    for (const [from, action, expected] of PAIRS) expect(allowedActions(from).includes(action)).toBe(expected !== 'illegal');
  });
});

describe('transition: data carried by the states', () => {
  it('a request remembers its measure and a restriction its markets', () => {
    const requested = transition(SAMPLE_STATUS.open, command({ action: 'request_action', measure: { kind: 'restrict', jurisdictions: ['us'] } }));
    expect(requested).toEqual({ ok: true, status: { state: 'action_requested', requested: { kind: 'restrict', jurisdictions: ['US'] } } });
    const restricted = transition(SAMPLE_STATUS.action_requested, SAMPLE_COMMAND.confirm_restricted);
    expect(restricted).toEqual({ ok: true, status: { state: 'restricted', jurisdictions: ['CA', 'US'] } });
  });

  it('verification records the outcome it verified', () => {
    expect(transition(SAMPLE_STATUS.restricted, SAMPLE_COMMAND.verify)).toEqual({
      ok: true,
      status: { state: 'verified', outcome: { kind: 'restrict', jurisdictions: ['US'] } },
    });
    expect(transition(SAMPLE_STATUS.removed, SAMPLE_COMMAND.verify)).toEqual({ ok: true, status: { state: 'verified', outcome: { kind: 'remove' } } });
  });

  it('a dismissal keeps its reason', () => {
    expect(transition(SAMPLE_STATUS.open, SAMPLE_COMMAND.dismiss)).toEqual({ ok: true, status: { state: 'dismissed', reason: 'different model' } });
  });

  it('names the final state as final', () => {
    const result = transition(SAMPLE_STATUS.verified, SAMPLE_COMMAND.reopen);
    expect(!result.ok && result.problem.message).toBe('Cannot reopen a case in state verified: verified is final and accepts no action');
  });

  it('lists the accepted actions in the message', () => {
    const result = transition(SAMPLE_STATUS.open, SAMPLE_COMMAND.verify);
    expect(!result.ok && result.problem.message).toBe('Cannot verify a case in state open: open accepts request_action, dismiss');
  });

  it('does not change its arguments', () => {
    const before = structuredClone(SAMPLE_STATUS.action_requested);
    transition(SAMPLE_STATUS.action_requested, SAMPLE_COMMAND.confirm_restricted);
    expect(SAMPLE_STATUS.action_requested).toEqual(before);
  });
});

describe('transition: confirmations and escalations must block enough', () => {
  const removalRequested = status({ state: 'action_requested', requested: { kind: 'remove' } });

  it('refuses a restriction when removal was requested', () => {
    const result = transition(removalRequested, command({ action: 'confirm_restricted', jurisdictions: ['US'] }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'weaker_than_requested', requested: { kind: 'remove' } } });
    expect(!result.ok && result.problem.message).toContain('restriction in US does not cover the requested removal');
  });

  it('refuses a restriction missing a requested market', () => {
    const pending = status({ state: 'action_requested', requested: { kind: 'restrict', jurisdictions: ['US', 'CA'] } });
    const result = transition(pending, command({ action: 'confirm_restricted', jurisdictions: ['US'] }));
    expect(result).toMatchObject({ ok: false, problem: { code: 'weaker_than_requested' } });
  });

  it('accepts a country for a requested subdivision', () => {
    const pending = status({ state: 'action_requested', requested: { kind: 'restrict', jurisdictions: ['US-CA'] } });
    expect(transition(pending, command({ action: 'confirm_restricted', jurisdictions: ['US'] }))).toMatchObject({ ok: true });
  });

  it('accepts a removal whatever was requested', () => {
    expect(transition(SAMPLE_STATUS.action_requested, SAMPLE_COMMAND.confirm_removed)).toMatchObject({ ok: true, status: { state: 'removed' } });
  });

  it('amends a pending request only to block more', () => {
    const same = transition(SAMPLE_STATUS.action_requested, command({ action: 'request_action', measure: { kind: 'restrict', jurisdictions: ['US'] } }));
    expect(same).toMatchObject({ ok: false, problem: { code: 'not_stronger', current: { kind: 'restrict', jurisdictions: ['US'] } } });
    const weaker = transition(removalRequested, command({ action: 'request_action', measure: { kind: 'restrict', jurisdictions: ['US'] } }));
    expect(weaker).toMatchObject({ ok: false, problem: { code: 'not_stronger' } });
    const wider = transition(SAMPLE_STATUS.action_requested, command({ action: 'request_action', measure: { kind: 'restrict', jurisdictions: ['US', 'EU'] } }));
    expect(wider).toMatchObject({ ok: true, status: { requested: { jurisdictions: ['EU', 'US'] } } });
  });

  it('escalates a restriction only to block more', () => {
    const same = transition(SAMPLE_STATUS.restricted, command({ action: 'confirm_restricted', jurisdictions: ['US'] }));
    expect(same).toMatchObject({ ok: false, problem: { code: 'not_stronger', from: 'restricted', action: 'confirm_restricted' } });
    const narrower = transition(SAMPLE_STATUS.restricted, command({ action: 'request_action', measure: { kind: 'restrict', jurisdictions: ['US-CA'] } }));
    expect(narrower).toMatchObject({ ok: false, problem: { code: 'not_stronger' } });
  });
});
