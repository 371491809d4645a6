/**
 * Plain values of the display contract, without zod, so the renderer can
 * import them without bundling the schemas.
 */
/**
 * What the projector can show; blackout (below) shows nothing and remembers the mode before it.
 * `audience`: the audience vote's QR code and count, then its revealed prize (audience.display).
 */
export const VISIBLE_MODES = ['timer', 'nextUp', 'message', 'logo', 'audience'] as const;
export const DISPLAY_MODES = [...VISIBLE_MODES, 'blackout'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];
export type VisibleMode = (typeof VISIBLE_MODES)[number];
/** Long enough for "Please wrap up, the jury has one last question"; short enough to read from the back. */
export const MAX_MESSAGE_LENGTH = 280;
