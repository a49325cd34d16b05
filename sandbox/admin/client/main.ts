import { altView } from './alt-view.ts';
import { startApp } from './app.ts';
import { readConfig } from './config.ts';
import { standardView } from './standard-view.ts';

/** Entry point: the shell's config says which markup to draw (`?markup=alt` stands in for a changed live admin). */
const config = readConfig(document);
const root = document.getElementById('app');
if (!root) throw new Error('The admin shell has no #app element.');
startApp(root, config, config.markup === 'alt' ? altView : standardView);
