import { describe, expect, it } from 'vitest';
import * as recallguard from '../src/index.js';

describe('the package entry point', () => {
  it('exports the library an integrator uses, the webhook verifier among it', () => {
    for (const name of ['verifyWebhook', 'signWebhook', 'buildRecallIndex', 'screenListing', 'openStore', 'buildApp', 'ScreeningService', 'EnforcementService', 'dueAt']) {
      expect(typeof (recallguard as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
