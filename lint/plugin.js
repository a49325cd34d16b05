import { layers } from './layers.js';
import { noCycle } from './no-cycle.js';

/** Sync Lens's own lint rules: the layers of lint/floors.js, and no import in a circle. */
export default { meta: { name: 'sync-lens' }, rules: { layers, 'no-cycle': noCycle } };
