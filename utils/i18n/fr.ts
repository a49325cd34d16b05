import type { Messages } from './en.ts';
import { common } from './fr/common.ts';
import { overlay } from './fr/overlay.ts';

export const fr: Messages = { ...common, ...overlay };
