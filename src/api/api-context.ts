import type { EnforcementService } from '../enforcement/index.js';
import type { ScreeningService } from '../screening/index.js';
import type { Store } from '../storage/index.js';
import type { ApiMetrics } from './api-metrics.js';
import type { ApiOptions } from './api-options.js';

/** What every route plugin is given: the store, the screening service, settings and metrics. */
export interface ApiContext {
  readonly store: Store;
  readonly service: ScreeningService;
  readonly enforcement: EnforcementService;
  readonly options: ApiOptions;
  readonly metrics: ApiMetrics;
}
