import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { CaseCommand, OPEN_CASE, transition, type CaseStatus } from '../cases/index.js';
import { DeadlinePolicy, dueAt } from '../deadlines/index.js';
import { RecallguardError } from '../errors/index.js';
import type { ScreeningListener } from '../screening/index.js';
import type { Database, FoundMatch, Store, StoredCase, StoredListing } from '../storage/index.js';
import { CLOSED_STATES, contentHash } from '../storage/index.js';
import { DEFAULT_POLICY, type PriorityList, type SourcePolicyInput, type TakedownMode } from './enforcement-policy.js';
import { RelistingGuard } from './relisting-guard.js';

export interface EnforcementOptions {
  /** The clock every timestamp comes from; tests pass a fixed timeline. */
  readonly clock?: () => Date;
}

/** Who did something: `system`, `reviewer:<name>`, `marketplace:<name>`, `key:<id>`. */
export type Actor = string;

/** A seller with this many listings taken down is flagged when another case opens against them. */
export const REPEAT_SELLER_TAKEDOWNS = 2;

const CLOSING_STATES: ReadonlySet<string> = new Set(CLOSED_STATES);

/**
 * The takedown workflow over the store: cases from matches (per-source policy: takedown at once, or review
 * first), legal deadlines, state changes with their audit entry and webhook messages in one transaction,
 * reviewer labels, re-listing blocks, escalations.
 * @example
 * const enforcement = new EnforcementService(store);
 * await enforcement.casesForMatches(found);
 * await enforcement.act(caseId, { action: 'dismiss', reason: 'other model' }, 'reviewer:ana');
 */
export class EnforcementService {
  private readonly clock: () => Date;
  private readonly relisting: RelistingGuard;

  constructor(
    private readonly store: Store,
    options: EnforcementOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.relisting = new RelistingGuard(store);
  }

  /** Hooks enforcement into continuous screening: block matches open cases, changed listings are checked for re-listings. */
  listener(actor: Actor = 'system'): ScreeningListener {
    return {
      matched: async (matches) => void (await this.casesForMatches(matches, actor)),
      listingsChanged: async (listings) => void (await this.blockRelistings(listings, actor)),
    };
  }

  async setSourcePolicy(policy: SourcePolicyInput, actor: Actor): Promise<void> {
    await this.store.policies.setSource(policy);
    await this.store.db.transaction().execute((trx) =>
      this.store.audit.append(trx, { at: this.now(), actor, action: 'policy.set', subject: `source:${policy.source}`, data: { mode: policy.mode, deadline: policy.deadline } }),
    );
  }

  /** Stores a regulator's priority list; its recalls' new cases get its deadlines. Returns how many entries changed. */
  async importPriorityList(list: PriorityList, actor: Actor): Promise<number> {
    const changed = await this.store.policies.setPriority(list.recalls.map((entry) => ({ ...entry, list: list.list })));
    if (changed > 0) {
      await this.store.db.transaction().execute((trx) =>
        this.store.audit.append(trx, { at: this.now(), actor, action: 'priority_list.import', subject: `list:${list.list}`, data: { recalls: list.recalls.length, changed } }),
      );
    }
    return changed;
  }

  /**
   * Opens cases for `block` matches that have none yet (a dismissed case suppresses the same listing × recall
   * until the listing changes). A source in `auto_takedown` mode gets the removal requested at once.
   */
  async casesForMatches(matches: readonly FoundMatch[], actor: Actor = 'system'): Promise<StoredCase[]> {
    const opened: StoredCase[] = [];
    for (const match of matches) {
      if (match.decision !== 'block') continue;
      const created = await this.openCase(match, actor, { auto: true });
      if (created) opened.push(created);
    }
    return opened;
  }

  /** A reviewer confirms a `review` (or `block`) match: a case opens (if none is open) and the pair is labelled a match. */
  async confirmMatch(matchId: string, reviewer: Actor): Promise<StoredCase> {
    const match = await this.store.matches.get(matchId);
    if (!match) throw new RecallguardError('RG_ERR_NOT_FOUND', `no match ${matchId}`);
    const opened = (await this.openCase(match, reviewer, { auto: false })) ?? (await this.store.cases.latestFor(match, match.recallId));
    if (!opened) throw new RecallguardError('RG_ERR_INTERNAL', `match ${matchId} has no case`);
    const stored = await this.store.listings.get(match);
    await this.store.db.transaction().execute(async (trx) => {
      await this.store.takedownMemory.label(trx, { caseId: opened.caseId, listing: stored?.listing ?? {}, recallId: match.recallId, productIndex: match.productIndex, isMatch: true, reviewer });
      await this.store.audit.append(trx, { at: this.now(), actor: reviewer, action: 'match.confirm', subject: `case:${opened.caseId}`, data: { matchId } });
    });
    return opened;
  }

  /** Applies one action to a case: checked against the state machine, audited, with its webhook messages. */
  async act(caseId: string, input: unknown, actor: Actor): Promise<StoredCase> {
    const parsed = CaseCommand.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RecallguardError('RG_ERR_INVALID_REQUEST', `case ${caseId}: ${issue ? `${issue.path.join('.') || 'command'}: ${issue.message}` : 'invalid command'}`);
    }
    const command = parsed.data;
    // Reads outside the transaction first: embedded PGlite has one connection, which the transaction holds.
    const before = await this.store.cases.get(caseId);
    if (!before) throw new RecallguardError('RG_ERR_NOT_FOUND', `no case ${caseId}`);
    const listing = await this.store.listings.get(before);
    return this.store.db.transaction().execute(async (trx) => {
      const current = (await this.store.cases.get(caseId, trx)) as StoredCase;
      const result = transition(current.status, command);
      if (!result.ok) throw new RecallguardError('RG_ERR_ILLEGAL_TRANSITION', `case ${caseId}: ${result.problem.message}`, { details: result.problem });
      return this.applyStatus(trx, current, result.status, command, actor, listing);
    });
  }

  /** The same action on many cases, each on its own: one refusal does not stop the others. */
  async bulk(caseIds: readonly string[], input: unknown, actor: Actor): Promise<{ readonly caseId: string; readonly ok: boolean; readonly state?: string; readonly error?: string }[]> {
    const results = [];
    for (const caseId of caseIds) {
      try {
        const updated = await this.act(caseId, input, actor);
        results.push({ caseId, ok: true, state: updated.status.state });
      } catch (error) {
        results.push({ caseId, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return results;
  }

  async assign(caseIds: readonly string[], assignee: string | null, actor: Actor): Promise<StoredCase[]> {
    return this.store.db.transaction().execute(async (trx) => {
      const updated: StoredCase[] = [];
      for (const caseId of caseIds) {
        if (!(await this.store.cases.get(caseId, trx))) throw new RecallguardError('RG_ERR_NOT_FOUND', `no case ${caseId}`);
        updated.push(await this.store.cases.update(trx, caseId, { assignee }));
        await this.store.audit.append(trx, { at: this.now(), actor, action: 'case.assign', subject: `case:${caseId}`, data: { assignee } });
      }
      return updated;
    });
  }

  /** Escalates every case still waiting for a takedown past its deadline, once each. */
  async escalateOverdue(actor: Actor = 'system'): Promise<StoredCase[]> {
    const now = this.clock();
    const escalated: StoredCase[] = [];
    for (const overdue of await this.store.cases.overdue(now)) {
      escalated.push(
        await this.store.db.transaction().execute(async (trx) => {
          await this.store.audit.append(trx, {
            at: now.toISOString(),
            actor,
            action: 'case.escalate',
            subject: `case:${overdue.caseId}`,
            reason: 'deadline breached',
            data: { state: overdue.status.state, dueAt: overdue.dueAt.toISOString(), recallId: overdue.recallId },
          });
          return this.store.cases.update(trx, overdue.caseId, { escalatedAt: now });
        }),
      );
    }
    return escalated;
  }

  /**
   * Checks new or changed listings against the fingerprints of removed ones: a re-listing gets a case linked
   * to the original, with removal requested at once, whatever its own recall score.
   */
  async blockRelistings(listings: readonly StoredListing[], actor: Actor = 'system'): Promise<StoredCase[]> {
    const opened: StoredCase[] = [];
    for (const hit of await this.relisting.find(listings)) {
      const original = await this.store.cases.get(hit.caseId);
      if (!original) continue;
      const existing = await this.store.cases.latestFor(hit.listing, original.recallId);
      if (existing && !CLOSING_STATES.has(existing.status.state)) continue;
      if (existing && existing.listingHash === contentHash(hit.listing.listing)) continue;
      // A re-listing is taken down whatever the source's mode.
      const { deadline, notifiedAt } = await this.policyFor(original.recallId, this.clock());
      opened.push(
        await this.store.db.transaction().execute(async (trx) => {
          const created = await this.createCase(trx, {
            deadline,
            notifiedAt,
            key: hit.listing,
            recallId: original.recallId,
            productIndex: original.productIndex,
            seller: hit.listing.listing.seller,
            listingHash: contentHash(hit.listing.listing),
            relistingOf: original.caseId,
            actor,
            reason: `re-listing of removed case ${original.caseId}: ${hit.reasons.join('; ')}`,
          });
          return this.applyStatus(trx, created, { state: 'action_requested', requested: { kind: 'remove' } }, { action: 'request_action', measure: { kind: 'remove' } }, actor, hit.listing);
        }),
      );
    }
    return opened;
  }

  private async openCase(match: FoundMatch, actor: Actor, options: { readonly auto: boolean }): Promise<StoredCase | undefined> {
    const stored = await this.store.listings.get(match);
    if (!stored) return undefined;
    const listingHash = contentHash(stored.listing);
    const existing = await this.store.cases.latestFor(match, match.recallId);
    if (existing && existing.status.state !== 'dismissed') return undefined;
    if (existing && existing.listingHash === listingHash) return undefined;
    const { mode, ...deadline } = await this.policyFor(match.recallId, this.clock());
    const matchId = await this.store.matches.idOf(match);
    return this.store.db.transaction().execute(async (trx) => {
      const created = await this.createCase(trx, {
        ...deadline,
        key: match,
        recallId: match.recallId,
        productIndex: match.productIndex,
        matchId,
        seller: stored.listing.seller,
        listingHash,
        actor,
        reason: options.auto ? `block match (score ${match.score})` : 'match confirmed by a reviewer',
      });
      if (!options.auto || mode !== 'auto_takedown') return created;
      return this.applyStatus(trx, created, { state: 'action_requested', requested: { kind: 'remove' } }, { action: 'request_action', measure: { kind: 'remove' } }, actor, stored);
    });
  }

  private async createCase(
    trx: Transaction<Database>,
    input: {
      readonly key: { readonly marketplace: string; readonly id: string };
      readonly recallId: string;
      readonly productIndex: number;
      readonly matchId?: string | undefined;
      readonly relistingOf?: string;
      readonly seller: string | undefined;
      readonly listingHash: string;
      readonly actor: Actor;
      readonly reason: string;
      readonly deadline: DeadlinePolicy;
      readonly notifiedAt: Date;
    },
  ): Promise<StoredCase> {
    const now = this.clock();
    const { deadline, notifiedAt } = input;
    const created = await this.store.cases.create(trx, {
      marketplace: input.key.marketplace,
      id: input.key.id,
      recallId: input.recallId,
      productIndex: input.productIndex,
      ...(input.matchId ? { matchId: input.matchId } : {}),
      ...(input.relistingOf ? { relistingOf: input.relistingOf } : {}),
      status: OPEN_CASE,
      ...(input.seller ? { seller: input.seller } : {}),
      listingHash: input.listingHash,
      deadline,
      notifiedAt,
      dueAt: dueAt(notifiedAt, deadline),
      createdAt: now,
    });
    const takedowns = input.seller ? await this.store.cases.takedownsOfSeller(input.seller, input.key.marketplace, trx) : 0;
    await this.store.audit.append(trx, {
      at: now.toISOString(),
      actor: input.actor,
      action: 'case.open',
      subject: `case:${created.caseId}`,
      reason: input.reason,
      data: { listing: { marketplace: created.marketplace, id: created.id }, recallId: created.recallId, dueAt: created.dueAt.toISOString(), relistingOf: created.relistingOf },
    });
    if (takedowns >= REPEAT_SELLER_TAKEDOWNS) {
      await this.store.audit.append(trx, {
        at: now.toISOString(),
        actor: input.actor,
        action: 'seller.flag_repeat',
        subject: `seller:${input.key.marketplace}/${input.seller}`,
        reason: `${takedowns} earlier listings taken down`,
        data: { caseId: created.caseId, takedowns },
      });
    }
    return created;
  }

  /**
   * The recall source's takedown mode, and the deadline: a priority list's (from its notification time), else
   * the source's, else the default.
   */
  private async policyFor(recallId: string, now: Date): Promise<{ readonly mode: TakedownMode; readonly deadline: DeadlinePolicy; readonly notifiedAt: Date }> {
    const recall = await this.store.recalls.get(recallId);
    const policy = (await this.store.policies.sources()).find((entry) => entry.source === recall?.recall.source);
    const mode = (policy?.mode as TakedownMode | undefined) ?? DEFAULT_POLICY.mode;
    const priority = await this.store.policies.priority(recallId);
    if (priority) return { mode, deadline: DeadlinePolicy.parse(priority.deadline), notifiedAt: priority.notifiedAt };
    return { mode, deadline: DeadlinePolicy.parse(policy?.deadline ?? DEFAULT_POLICY.deadline), notifiedAt: now };
  }

  private async applyStatus(
    trx: Transaction<Database>,
    current: StoredCase,
    status: CaseStatus,
    command: CaseCommand,
    actor: Actor,
    listing: StoredListing | undefined,
  ): Promise<StoredCase> {
    const now = this.clock();
    const closes = CLOSING_STATES.has(status.state);
    // A verified case keeps the time it was taken down: that is what reports measure.
    const updated = await this.store.cases.update(trx, current.caseId, { status, closedAt: closes ? (current.closedAt ?? now) : null });
    await this.store.audit.append(trx, {
      at: now.toISOString(),
      actor,
      action: `case.${command.action}`,
      subject: `case:${current.caseId}`,
      ...('reason' in command ? { reason: command.reason } : {}),
      data: { from: current.status.state, to: status.state, status },
    });
    if (command.action === 'request_action') {
      const payload = { caseId: current.caseId, listing: { marketplace: current.marketplace, id: current.id }, recallId: current.recallId, measure: command.measure, dueAt: current.dueAt.toISOString() };
      for (const kind of [command.measure.kind, 'notify_seller']) {
        const messageId = `msg_${randomUUID()}`;
        await this.store.outbox.enqueue(trx, { messageId, caseId: current.caseId, marketplace: current.marketplace, kind, payload: { type: `takedown.${kind}`, messageId, ...payload }, at: now });
      }
    }
    if (command.action === 'dismiss') {
      await this.store.takedownMemory.label(trx, { caseId: current.caseId, listing: listing?.listing ?? {}, recallId: current.recallId, productIndex: current.productIndex, isMatch: false, reviewer: actor });
    }
    if ((status.state === 'removed' || status.state === 'restricted') && listing) await this.relisting.remember(trx, updated, listing);
    return updated;
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
