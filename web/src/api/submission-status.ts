import { useEffect, useState } from 'react';
import { EventSource } from 'eventsource';
import { sessions } from '../auth/session';
import { invalidate } from './client';
import type { Submission, SubmissionStatus } from './types';

/** One `status` event of GET /v1/submissions/{id}/events. */
type StatusUpdate = Pick<Submission, 'status' | 'score'> & { submissionId: string };

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'closed';

const FINAL: SubmissionStatus[] = ['graded', 'failed'];

/**
 * Follows a submission's status as the gateway pushes it (server-sent events). The browser's own
 * EventSource cannot send the Authorization header, so the `eventsource` package does the same job
 * over fetch. When the grade arrives the submission is read again in full.
 */
export function useSubmissionStatus(submissionId: string): { update: StatusUpdate | null; stream: StreamState } {
  const [update, setUpdate] = useState<StatusUpdate | null>(null);
  const [stream, setStream] = useState<StreamState>('connecting');

  useEffect(() => {
    const source = new EventSource(`/v1/submissions/${encodeURIComponent(submissionId)}/events`, {
      fetch: (input, init) => {
        const token = sessions.get()?.accessToken;
        return fetch(input, {
          ...init,
          headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        });
      },
    });
    source.addEventListener('open', () => setStream('live'));
    source.addEventListener('status', (event) => {
      const next = JSON.parse(event.data) as StatusUpdate;
      setUpdate(next);
      if (FINAL.includes(next.status)) {
        // The stream ends here; closing stops the reconnect that would replay the final state.
        source.close();
        setStream('closed');
        void invalidate('/v1/submissions/{id}');
      }
    });
    source.addEventListener('error', () => setStream(source.readyState === source.CLOSED ? 'closed' : 'reconnecting'));
    return () => source.close();
  }, [submissionId]);

  return { update, stream };
}
