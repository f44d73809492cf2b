import type { ScreeningService } from '../screening/index.js';

/**
 * Whether the screening service's recall index has been built, without waiting for it: `/readyz` answers at
 * once while the first build (seconds on a full corpus) goes on.
 * @example const readiness = new IndexReadiness(service); readiness.start(); readiness.ready // false, later true
 */
export class IndexReadiness {
  private loaded = false;
  private loading: Promise<void> | undefined;

  constructor(private readonly service: ScreeningService) {}

  get ready(): boolean {
    return this.loaded;
  }

  /** Starts building the index unless it is built or being built; a failed build is tried again next time. */
  start(): Promise<void> {
    this.loading ??= this.service.index().then(
      () => {
        this.loaded = true;
      },
      () => {
        this.loading = undefined;
      },
    );
    return this.loading;
  }

  /** Waits for a build in progress, e.g. before the store closes. */
  async settled(): Promise<void> {
    await this.loading;
  }
}
