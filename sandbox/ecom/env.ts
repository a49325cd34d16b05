import type { Hono } from 'hono';

/** What an Ecwid token may do. Ecwid checks one scope per call; a call without it gets 403. */
export type EcomScope = 'read_catalog' | 'update_catalog' | 'create_catalog';

/** Who is calling, as the gate found out from the token. */
export interface Caller {
  token: string;
  kind: 'secret' | 'public';
  scopes: ReadonlySet<EcomScope>;
  /** Public tokens see enabled categories and products only, whatever the query asks for. */
  enabledOnly: boolean;
}

/** The Hono environment of every eCom route: the gate puts the caller in `c.var.caller`. */
export interface EcomEnv {
  Variables: { caller: Caller };
}

export type EcomApp = Hono<EcomEnv>;
