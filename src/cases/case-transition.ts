import { z } from 'zod';
import { CaseAction, CaseState, Measure, type CaseCommand, type CaseStatus } from './case-state.js';
import { covers, describeMeasure, isStronger } from './measure.js';

/**
 * The actions each state accepts (`verified` none: it is final). Anything else is an illegal transition; some allowed actions still
 * check their data (a confirmation must cover the request, an escalation must block more).
 * @example CASE_TRANSITIONS.dismissed // ['reopen']
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseState, readonly CaseAction[]>> = Object.freeze({
  open: ['request_action', 'dismiss'],
  action_requested: ['request_action', 'confirm_removed', 'confirm_restricted', 'dismiss'],
  removed: ['verify', 'reopen'],
  restricted: ['request_action', 'confirm_removed', 'confirm_restricted', 'verify', 'reopen'],
  verified: [],
  dismissed: ['reopen'],
});

/**
 * Why a transition was refused, as data: the state it came from, the action, and what would have been accepted.
 * `illegal_transition`: the state never accepts the action. `weaker_than_requested`: the marketplace confirmed
 * less than was asked. `not_stronger`: an amended request or escalation blocks nothing new.
 */
export const CaseProblem = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('illegal_transition'),
    from: CaseState,
    action: CaseAction,
    allowed: z.array(CaseAction),
    message: z.string(),
  }),
  z.object({
    code: z.literal('weaker_than_requested'),
    from: CaseState,
    action: CaseAction,
    requested: Measure,
    offered: Measure,
    message: z.string(),
  }),
  z.object({
    code: z.literal('not_stronger'),
    from: CaseState,
    action: CaseAction,
    current: Measure,
    offered: Measure,
    message: z.string(),
  }),
]);
export type CaseProblem = z.infer<typeof CaseProblem>;

/** The new status, or why the action was refused. */
export type TransitionResult = { readonly ok: true; readonly status: CaseStatus } | { readonly ok: false; readonly problem: CaseProblem };

/**
 * The actions a case in `state` accepts.
 * @example allowedActions('removed') // ['verify', 'reopen']
 */
export function allowedActions(state: CaseState): readonly CaseAction[] {
  return CASE_TRANSITIONS[state];
}

/**
 * Applies one action to a case's status. Pure: returns the new status or a problem, never throws, never
 * changes its arguments. Commands are expected already parsed with `CaseCommand` (reasons present,
 * jurisdictions normalised).
 * @example
 * transition({ state: 'open' }, { action: 'request_action', measure: { kind: 'remove' } })
 * // { ok: true, status: { state: 'action_requested', requested: { kind: 'remove' } } }
 * transition({ state: 'verified', outcome: { kind: 'remove' } }, { action: 'reopen', reason: 'seller asked' })
 * // { ok: false, problem: { code: 'illegal_transition', from: 'verified', action: 'reopen', allowed: [], ... } }
 */
export function transition(status: CaseStatus, command: CaseCommand): TransitionResult {
  const from = status.state;
  if (!CASE_TRANSITIONS[from].includes(command.action)) return illegal(from, command.action);
  switch (command.action) {
    case 'request_action':
      return requestAction(status, command.measure);
    case 'confirm_removed':
      return ok({ state: 'removed' });
    case 'confirm_restricted':
      return confirmRestricted(status, { kind: 'restrict', jurisdictions: command.jurisdictions });
    case 'verify':
      return ok({ state: 'verified', outcome: status.state === 'restricted' ? restriction(status.jurisdictions) : { kind: 'remove' } });
    case 'dismiss':
      return ok({ state: 'dismissed', reason: command.reason });
    case 'reopen':
      return ok({ state: 'open' });
  }
}

function requestAction(status: CaseStatus, measure: Measure): TransitionResult {
  // A pending request may be amended, and a restriction escalated, only to block more.
  const current = status.state === 'action_requested' ? status.requested : status.state === 'restricted' ? restriction(status.jurisdictions) : undefined;
  if (current && !isStronger(measure, current)) {
    return problem({
      code: 'not_stronger',
      from: status.state,
      action: 'request_action',
      current,
      offered: measure,
      message: `Cannot request_action on a case in state ${status.state}: ${describeMeasure(measure)} blocks nothing beyond the current ${describeMeasure(current)}`,
    });
  }
  return ok({ state: 'action_requested', requested: measure });
}

function confirmRestricted(status: CaseStatus, offered: Measure & { kind: 'restrict' }): TransitionResult {
  if (status.state === 'action_requested' && !covers(offered, status.requested)) {
    return problem({
      code: 'weaker_than_requested',
      from: status.state,
      action: 'confirm_restricted',
      requested: status.requested,
      offered,
      message: `Cannot confirm_restricted on a case in state action_requested: ${describeMeasure(offered)} does not cover the requested ${describeMeasure(status.requested)}`,
    });
  }
  if (status.state === 'restricted') {
    const current = restriction(status.jurisdictions);
    if (!isStronger(offered, current)) {
      return problem({
        code: 'not_stronger',
        from: status.state,
        action: 'confirm_restricted',
        current,
        offered,
        message: `Cannot confirm_restricted on a case in state restricted: ${describeMeasure(offered)} blocks nothing beyond the current ${describeMeasure(current)}`,
      });
    }
  }
  return ok({ state: 'restricted', jurisdictions: offered.jurisdictions });
}

function restriction(jurisdictions: readonly string[]): Measure {
  return { kind: 'restrict', jurisdictions: [...jurisdictions] };
}

function illegal(from: CaseState, action: CaseAction): TransitionResult {
  const allowed = [...CASE_TRANSITIONS[from]];
  const accepted = allowed.length === 0 ? `${from} is final and accepts no action` : `${from} accepts ${allowed.join(', ')}`;
  return problem({ code: 'illegal_transition', from, action, allowed, message: `Cannot ${action} a case in state ${from}: ${accepted}` });
}

function ok(status: CaseStatus): TransitionResult {
  return { ok: true, status };
}

function problem(found: CaseProblem): TransitionResult {
  return { ok: false, problem: found };
}
