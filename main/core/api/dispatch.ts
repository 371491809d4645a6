import type { z } from 'zod';
import { type CallError, type CallName, type CallResult, calls } from '../../../common/contract';
import { translate } from '../../../common/i18n';
import { DomainError } from '../errors';
import { appHandlers } from './app-handlers';
import type { AppContext } from './context';
import type { Handlers } from './handler-types';
import { setupHandlers } from './setup-handlers';

export function createHandlers(ctx: AppContext): Handlers {
  return { ...appHandlers(ctx), ...setupHandlers(ctx) };
}

export interface DispatchOptions {
  /** Whether the caller is one of our own pages (decided by the Electron glue). */
  trustedSender: boolean;
}

/**
 * The one wrapper every call goes through, in the app and in tests:
 * sender check → schema validation → handler → `{ ok, value }` or a translated
 * `{ ok: false, error }`. It never throws and never leaks a stack trace.
 */
export function createDispatcher(ctx: AppContext, handlers: Handlers = createHandlers(ctx)) {
  const fail = (
    code: string,
    params: Record<string, string | number> = {},
    issues?: CallError['issues'],
  ) => ({
    ok: false as const,
    error: { code, message: translate(ctx.uiLocale, code, params), params, ...(issues ? { issues } : {}) },
  });

  return async function dispatch(
    name: string,
    rawInput: unknown,
    options: DispatchOptions,
  ): Promise<CallResult<unknown>> {
    if (!options.trustedSender) return fail('error.forbiddenSender');
    if (!Object.hasOwn(calls, name)) return fail('error.unknownCall', { name: String(name).slice(0, 80) });
    const callName = name as CallName;
    const parsed = calls[callName].input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('error.invalidInput', { details: describeZodError(parsed.error) });
    try {
      const handler = handlers[callName] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) {
        const issues = error.issues.map((issue) => ({
          path: issue.path,
          code: issue.code,
          message: translate(ctx.uiLocale, issue.code, issue.params ?? {}),
        }));
        return fail(error.code, error.params, issues.length > 0 ? issues : undefined);
      }
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[pitch-jury] ${callName} failed:`, error);
      return fail('error.internal', { message });
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** "name: expected string, received number; members.0.email: …" — short and specific. */
function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
}
