/**
 * Plain values of the display contract, without zod, so the renderer can
 * import them without bundling the schemas.
 */
export const DISPLAY_MODES = ['timer', 'nextUp', 'message', 'logo', 'blackout'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];
export type VisibleMode = Exclude<DisplayMode, 'blackout'>;
/** Long enough for "Please wrap up, the jury has one last question"; short enough to read from the back. */
export const MAX_MESSAGE_LENGTH = 280;
