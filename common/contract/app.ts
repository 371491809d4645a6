import { z } from 'zod';
import { empty, locale, text } from './schemas';

const appInfo = z
  .object({
    version: z.string(),
    uiLocale: locale,
    eventPath: z.string().nullable(),
    schemaVersion: z.number().int(),
    dataDir: z.string(),
  })
  .strict();
const recentEvent = z
  .object({ path: z.string(), name: z.string(), openedAt: z.string(), importedFrom: z.string().nullable() })
  .strict();
/** The demo events the app can load. */
export const DEMO_EVENT_IDS = ['fenua', 'cpa'] as const;
export type DemoEventId = (typeof DEMO_EVENT_IDS)[number];

const opened = z.object({ path: z.string() }).strict();

/** Application-level calls: language, event files. */
export const appCalls = {
  'app.info': { input: empty, output: appInfo },
  'app.setUiLocale': { input: z.object({ locale }).strict(), output: appInfo },
  'file.recent': { input: empty, output: z.array(recentEvent) },
  'file.new': { input: z.object({ name: text(200) }).strict(), output: opened },
  /** Shows the OS "open" dialog in main; null when the organiser cancels. */
  'file.open': { input: empty, output: opened.nullable() },
  /** Reopens a file from the recent list only: the renderer never names arbitrary paths. */
  'file.openRecent': { input: z.object({ path: z.string().max(4096) }).strict(), output: opened },
  /** Shows the OS "save" dialog and writes an online backup copy there. */
  'file.saveCopy': { input: empty, output: opened.nullable() },
  /** `demo` absent: the first demo (Hackathon Fenua Numérique), as before; 'cpa': the Hackathon CPA (tracks and rooms). */
  'file.loadDemo': {
    input: z.object({ demo: z.enum(DEMO_EVENT_IDS).optional() }).strict(),
    output: opened,
  },
} as const;

export type AppInfo = z.infer<typeof appInfo>;
export type RecentEvent = z.infer<typeof recentEvent>;
