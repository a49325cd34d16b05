/**
 * *platform* eCom keeps a category name without the spaces around it (the sandbox does the same, as Ecwid does
 * for the names its admin and API take in); nothing else about a name is known to change on the way, so case and
 * inner spaces are compared as they are. Retail keeps a name as typed, trailing space included: compared as it
 * is, such a name would be drift for ever, and a rename to it would never stick.
 */

/** The name eCom keeps when it is given this one: what a create or a rename sends. */
export function ecomNameOf(retailName: string): string {
  return retailName.trim();
}

/** Whether eCom already holds this Retail name: the one comparison of names the planner makes. */
export function holdsRetailName(ecomName: string, retailName: string): boolean {
  return ecomName === ecomNameOf(retailName);
}
