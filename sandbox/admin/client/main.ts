import { altView } from './alt-view.ts';
import { tableView } from './table-view.ts';
import { treeView } from './tree-view.ts';
import { virtualView } from './virtual-view.ts';
import { startApp } from './app.ts';
import { readConfig } from './config.ts';
import type { Markup } from './markups.ts';
import { standardView } from './standard-view.ts';
import type { View } from './view.ts';

/**
 * Entry point: the shell's config says which markup to draw (markups.ts).
 */
const config = readConfig(document);
const root = document.getElementById('app');
if (!root) throw new Error('The admin shell has no #app element.');
const VIEWS: Record<Markup, View> = {
  standard: standardView,
  alt: altView,
  virtual: virtualView,
  table: tableView,
  tree: treeView,
};
startApp(root, config, VIEWS[config.markup]);
