import { describe, expect, it } from 'vitest';

import { shownReference } from '../../sandbox/ecom/shown-reference.ts';
import { externalIdsFlag, loadWorld, withExternalIds } from '../../sandbox/world/state.ts';

describe('the sandbox’s external-ids mode', () => {
  it('takes the three modes from the flag and refuses anything else, saying which it takes', () => {
    expect(externalIdsFlag(undefined)).toBeUndefined();
    expect(externalIdsFlag('none')).toBe('none');
    expect(() => externalIdsFlag('uuid')).toThrow('--external-ids takes retail, none, foreign; got "uuid".');
  });

  it('sets the mode over a state file’s, and keeps it through loading', () => {
    const state = { retail: { accountID: 1 }, ecom: { storeId: 5, externalIds: 'retail' } };
    expect(loadWorld(withExternalIds(state, 'foreign')).ecom.externalIds).toBe('foreign');
    expect(loadWorld(withExternalIds(state, undefined)).ecom.externalIds).toBe('retail');
  });

  it('changes only what Lightspeed’s sync made, and always the same way', () => {
    expect(shownReference('12', true, 'retail', 'category', 3)).toBe('12');
    expect(shownReference('12', true, 'none', 'category', 3)).toBeNull();
    expect(shownReference('12', false, 'none', 'category', 3)).toBe('12');
    const foreign = shownReference('12', true, 'foreign', 'category', 3);
    expect(foreign).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(shownReference('12', true, 'foreign', 'category', 3)).toBe(foreign);
    expect(shownReference('12', true, 'foreign', 'product', 3)).not.toBe(foreign);
  });
});
