/**
 * A phone's fallback login (the juror card's code and PIN, the ballot's
 * code): one POST to the laptop, answered with a token, a wait imposed by
 * the laptop's throttle, or a refusal. Each page words the outcome itself.
 */
export type LoginOutcome =
  | { kind: 'token'; token: string }
  | { kind: 'throttled'; seconds: number }
  | { kind: 'refused'; status: number }
  | { kind: 'unreachable' };

export async function postLogin(path: string, body: Record<string, string>): Promise<LoginOutcome> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
    const answer = (await response.json().catch(() => ({}))) as {
      token?: string;
      retryAfterSeconds?: number;
    };
    if (response.ok && answer.token) return { kind: 'token', token: answer.token };
    if (response.status === 429) return { kind: 'throttled', seconds: answer.retryAfterSeconds ?? 60 };
    return { kind: 'refused', status: response.status };
  } catch {
    return { kind: 'unreachable' };
  }
}
