import type { Store } from '../storage/index.js';
import type { EnforcementService } from './enforcement-service.js';
import { dispatchOutbox, type DispatchOptions } from './outbox-dispatcher.js';

export interface EnforcementLoopOptions extends DispatchOptions {
  /** Pause between rounds. */
  readonly intervalMs: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs the periodic side of enforcement until stopped: deliver the webhook messages that are due, escalate
 * cases past their deadline. A failed round is reported and the next one runs anyway.
 * @example const loop = startEnforcementLoop(store, enforcement, { intervalMs: 15_000 }); ...; await loop.stop();
 */
export function startEnforcementLoop(store: Store, enforcement: EnforcementService, options: EnforcementLoopOptions): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const round = async (): Promise<void> => {
    try {
      await dispatchOutbox(store, options);
      await enforcement.escalateOverdue();
    } catch (error) {
      options.onError?.(error);
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, options.intervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
