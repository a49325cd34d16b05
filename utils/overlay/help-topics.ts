/** The questions the help panel answers: those of Lightspeed's article on category sync, in its order. */
export const HELP_TOPICS = [
  'why-disabled',
  'why-lock',
  'where-products',
  'what-disabling-does',
  'online-only',
  'order',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];
