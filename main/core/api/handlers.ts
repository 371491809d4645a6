import type { AppContext } from '../context/app-context';
import type { Handlers } from '../context/handler-types';
import { appHandlers } from './app-handlers';
import { audienceHandlers } from './audience-handlers';
import { dataHandlers } from './data-handlers';
import { declarationsHandlers } from './declarations-handlers';
import { documentsHandlers } from './documents-handlers';
import { lanHandlers } from './lan-handlers';
import { resultsHandlers } from './results-handlers';
import { roomPushHandlers } from './room-push-handlers';
import { roomsHandlers } from './rooms-handlers';
import { scoringHandlers } from './scoring-handlers';
import type { CoreServices } from './services';
import { sessionHandlers } from './session-handlers';
import { setupHandlers } from './setup-handlers';
import { tracksHandlers } from './tracks-handlers';

/** The one list of every call's handler (the `Handlers` type makes a missing or extra one an error). */
export function createHandlers(ctx: AppContext, services: CoreServices): Handlers {
  return {
    ...appHandlers(ctx),
    ...setupHandlers(ctx),
    ...sessionHandlers(ctx),
    ...scoringHandlers(ctx, services),
    ...resultsHandlers(ctx, services),
    ...dataHandlers(ctx, services),
    ...documentsHandlers(ctx, services),
    ...lanHandlers(ctx, services),
    ...declarationsHandlers(ctx, services),
    ...tracksHandlers(ctx),
    ...roomsHandlers(ctx),
    ...audienceHandlers(ctx, services),
    ...roomPushHandlers(ctx, services),
  };
}
