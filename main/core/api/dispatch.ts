import type { z } from 'zod';
import { type CallError, type CallName, type CallResult, calls } from '../../../common/contract';
import { CALL_SCOPES } from '../../../common/contract/call-scopes';
import { isMessageKey, translate } from '../../../common/i18n';
import type { AppContext } from '../context/app-context';
import type { Handlers } from '../context/handler-types';
import { DomainError } from '../errors';
import { activeKiosk, kioskAllows } from './kiosk';

export interface DispatchOptions {
  /** Whether the caller is one of our own pages (decided by the Electron glue). */
  trustedSender: boolean;
}

/**
 * The one wrapper every call goes through, in the app, over the local network
 * (with a login's own handler map) and in tests:
 * sender check → schema validation → handler → `{ ok, value }` or a translated
 * `{ ok: false, error }`. It never throws and never leaks a stack trace.
 */
export function createDispatcher(
  ctx: AppContext,
  handlers: Handlers,
  /**
   * Check every answer against the call's declared output schema (tests and
   * development builds, never production): a handler that drifts from the
   * contract fails loudly where it is written instead of confusing a page.
   * Likewise `scopes`: every scope a handler announces must be one its call
   * declares it invalidates (common/contract/*.scopes.ts), since pages
   * subscribe from those declarations.
   */
  checks: { outputs?: boolean; scopes?: boolean } = {},
) {
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
    // Juror mode: the laptop is in a juror's hands; only their form (and the projector) may run.
    if (activeKiosk(ctx) && !kioskAllows(callName)) return fail('kiosk.locked');
    const parsed = calls[callName].input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('error.invalidInput', { details: describeZodError(parsed.error) });
    try {
      const handler = handlers[callName] as (input: unknown) => unknown;
      const value = checks.scopes
        ? await announcedWithin(ctx, callName, () => handler(parsed.data))
        : await handler(parsed.data);
      if (checks.outputs) {
        const checked = calls[callName].output.safeParse(value);
        if (!checked.success)
          throw new Error(
            `${callName} answered outside its output schema: ${describeZodError(checked.error)}`,
          );
      }
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
      const triggerCode = refusalFromTrigger(error);
      if (triggerCode) return fail(triggerCode);
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[pitch-jury] ${callName} failed:`, error);
      return fail('error.internal', { message });
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** Runs a handler and throws if it announced a scope its call does not declare it invalidates. */
async function announcedWithin(ctx: AppContext, name: CallName, run: () => unknown): Promise<unknown> {
  const { value, stray } = await ctx.announcing.run(CALL_SCOPES[name].invalidates, run);
  if (stray.length > 0)
    throw new Error(
      `${name} announced ${stray.join(', ')}, which its contract does not declare it invalidates (common/contract/*.scopes.ts)`,
    );
  return value;
}

/**
 * Schema triggers guard rules the code must never bypass (e.g. a scored team
 * cannot be deleted) and RAISE a translation key; the chair gets that message
 * instead of an internal error.
 */
function refusalFromTrigger(error: unknown): string | null {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_TRIGGER')
    return null;
  return isMessageKey(error.message) ? error.message : null;
}

/** "name: expected string, received number; members.0.email: …" — short and specific. */
function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
}
