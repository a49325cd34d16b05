import { useEffect, useState } from 'preact/hooks';

import type { Store } from '../../utils/overlay/store.ts';

/** The store's state in a Preact component, drawn again after every change. */
export function useStore<S extends object>(store: Store<S>): S {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe((next) => setState(next));
  }, [store]);
  return state;
}
