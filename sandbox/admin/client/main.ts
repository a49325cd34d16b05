import { altView } from './alt-view.ts';
import { tableView } from './table-view.ts';
import { virtualView } from './virtual-view.ts';
import { startApp } from './app.ts';
import { readConfig } from './config.ts';
import { standardView } from './standard-view.ts';

/**
 * Entry point: the shell's config says which markup to draw (`?markup=alt` stands in for a changed live admin,
 * `?markup=virtual` for one built on a virtual-scrolling grid).
 */
const config = readConfig(document);
const root = document.getElementById('app');
if (!root) throw new Error('The admin shell has no #app element.');
const VIEWS = { standard: standardView, alt: altView, virtual: virtualView, table: tableView };
startApp(root, config, VIEWS[config.markup]);
