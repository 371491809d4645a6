import { useEffect, useState } from 'react';
import type { DocumentJobView } from '../../../common/contract/documents';
import { subscribe } from '../api';
import { useLive } from '../hooks';

/**
 * The event's document jobs, with the running job's progress taken from the
 * `documents.progress` pushes between two reads (state changes arrive as
 * `event.changed` ['documents'], which re-reads the list).
 */
export function useJobs(): { jobs: DocumentJobView[] | null; error: string | null } {
  const { data, error } = useLive('documents.jobs', {});
  const [progress, setProgress] = useState<Record<string, { done: number; total: number }>>({});
  useEffect(
    () =>
      subscribe('documents.progress', ({ jobId, done, total }) =>
        setProgress((previous) => ({ ...previous, [jobId]: { done, total } })),
      ),
    [],
  );
  const jobs =
    data?.map((job) => {
      const pushed = progress[job.id];
      if (job.state !== 'running' || !pushed || pushed.done < job.done) return job;
      return { ...job, done: pushed.done, total: pushed.total };
    }) ?? null;
  return { jobs, error };
}
