/**
 * The room laptop's push: one HTTP POST of the room result to the head
 * laptop's local server (node:http, already what the server side uses; no
 * new dependency). Never throws: every failure is an answer the push panel
 * can show, and the scheduler retries.
 */
import { request } from 'node:http';
import { LAN_ROOM_PUSH_PATH } from '../../../../../common/contract/lan-roles/room';
import type { CallError } from '../../../../../common/contract/result';

export interface PushedReport {
  added: number;
  alreadyMerged: boolean;
}

export type PushOutcome =
  | { ok: true; report: PushedReport }
  /** `unreachable`: no answer (head off, Wi-Fi down); `refused`: the head answered no, with its reason. */
  | { ok: false; kind: 'unreachable'; reason: string }
  /** `word`: the server's one-word JSON answer without a reason (`forbidden`: a login of another role), else null. */
  | { ok: false; kind: 'refused'; status: number; error: CallError | null; word?: string | null };

/** Stops waiting for a head that accepted the connection but does not answer. */
const PUSH_TIMEOUT_MS = 30_000;

export function pushRoomResult(headAddress: string, token: string, text: string): Promise<PushOutcome> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(LAN_ROOM_PUSH_PATH, headAddress);
    } catch {
      resolve({ ok: false, kind: 'unreachable', reason: 'address' });
      return;
    }
    const body = Buffer.from(text, 'utf8');
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': body.length,
          // The server refuses a POST without its own origin (http-guard.ts); the head's origin is its address.
          Origin: url.origin,
        },
        timeout: PUSH_TIMEOUT_MS,
        // A fresh connection each push: a kept-alive socket to a head that restarted would only fail once more.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => resolve({ ok: false, kind: 'unreachable', reason: error.message }));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          let answer: unknown = null;
          try {
            answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            answer = null;
          }
          const result = answer as { ok?: boolean; value?: PushedReport; error?: unknown } | null;
          if (status === 200 && result?.ok === true && result.value)
            resolve({
              ok: true,
              report: { added: result.value.added, alreadyMerged: result.value.alreadyMerged },
            });
          else
            resolve({
              ok: false,
              kind: 'refused',
              status,
              error: callError(result?.error),
              word: typeof result?.error === 'string' ? result.error : null,
            });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, kind: 'unreachable', reason: error.code ?? error.message }),
    );
    req.end(body);
  });
}

/**
 * The head's refusal when it gave one ({ code, message }); its other answers
 * carry a bare word (`{ error: 'unauthorized' }`), which is no reason to show.
 */
function callError(value: unknown): CallError | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message, params } = value as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  const plain =
    typeof params === 'object' && params !== null
      ? Object.fromEntries(
          Object.entries(params).filter(
            (entry): entry is [string, string | number] =>
              typeof entry[1] === 'string' || typeof entry[1] === 'number',
          ),
        )
      : undefined;
  return plain ? { code, message, params: plain } : { code, message };
}
