import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { readDeclarationOverview, setDeclarationRequired } from '../scoring/declarations';
import type { JurorSheets } from '../scoring/juror-sheets';
import { CHAIR_ACTOR } from '../scoring/sheet-ops';

type DeclarationsCall = 'declarations.overview' | 'declarations.setRequired' | 'declarations.record';

/**
 * The chair's side of declarations of interest (the juror's own call,
 * `scoring.declare`, is with the juror form in scoring-handlers.ts).
 */
export function declarationsHandlers(
  ctx: AppContext,
  services: { sheets: JurorSheets },
): HandlerMap<DeclarationsCall> {
  const db = () => ctx.requireEventFile().db;
  return {
    'declarations.overview': () => readDeclarationOverview(db()),
    'declarations.setRequired': ({ required }) => {
      setDeclarationRequired(db(), required, new Date().toISOString());
      ctx.changed(['scores', 'checklist']);
      return readDeclarationOverview(db());
    },
    'declarations.record': ({ jurorId, links }) =>
      services.sheets.declare({ jurorId, links, actor: CHAIR_ACTOR }),
  };
}
