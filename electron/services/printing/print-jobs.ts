import type { JobService } from '../jobs/job-service';
import type { JobKind, JobStore } from '../jobs/job-store';

export interface RenderedJob {
  pdf: Uint8Array;
  pages: number;
  /** What the save dialog proposes, without extension. */
  baseName: string;
}

export type RenderedJobs = JobStore<RenderedJob>;

/**
 * Rendered PDFs kept in memory between the preview and "print" or "save", under random ids. A few are enough (the one
 * on screen and the one before it); each holds names and addresses.
 */
export const renderedJobKind: JobKind<RenderedJob> = { keep: 4, notFound: 'This print job is no longer in memory' };

/** Renders under way, under the token the renderer picked so it can poll their progress; nothing but counts. */
export const renderProgressKind: JobKind<void> = {
  keep: 16,
  notFound: 'This render is no longer in memory',
  alreadyRunning: 'This render is already running',
};

const renderedStores = new WeakMap<JobService, RenderedJobs>();

/**
 * The one store of rendered PDFs per app: every domain that renders a document (print jobs, reports, a parcel's
 * packing list) adds it here, so print:send and print:save serve them all.
 */
export function renderedJobsOf(jobs: JobService): RenderedJobs {
  let store = renderedStores.get(jobs);
  if (!store) {
    store = jobs.store(renderedJobKind);
    renderedStores.set(jobs, store);
  }
  return store;
}
