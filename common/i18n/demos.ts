/** The demo events offered on the welcome page (main/core/event/demo.ts, main/core/demos/). */
export const demosEn = {
  'demos.loadCpa': 'Load the demo “Hackathon CPA” (3 rooms and a final, 5 prizes)',
} as const;

export const demosFr: Record<keyof typeof demosEn, string> = {
  'demos.loadCpa': 'Charger la démo «\u00a0Hackathon CPA\u00a0» (3\u00a0salles et une finale, 5\u00a0prix)',
};
