import { createPdf } from './pdf-base';
import type { BadgesInput, RenderOptions } from './types';

export async function renderBadges(input: BadgesInput, options: RenderOptions): Promise<Uint8Array> {
  void createPdf;
  void input;
  void options;
  return new Uint8Array();
}
