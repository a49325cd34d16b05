import type { KnownCategory } from '../../../utils/admin-dom/catalog-rows.ts';

/**
 * A catalog with one name in two branches, as the overlay knows it, for the tests of finding rows and pages on an
 * unknown admin: Homme (1) > Vestes (11), Pantalons (12); Femme (2) > Vestes (21), Robes (22); Accessoires (3).
 */
export const TWO_BRANCH_CATALOG: readonly KnownCategory[] = [
  { ecomId: 1, name: 'Homme', parentId: 0, order: 10 },
  { ecomId: 11, name: 'Vestes', parentId: 1, order: 10 },
  { ecomId: 12, name: 'Pantalons', parentId: 1, order: 20 },
  { ecomId: 2, name: 'Femme', parentId: 0, order: 20 },
  { ecomId: 21, name: 'Vestes', parentId: 2, order: 10 },
  { ecomId: 22, name: 'Robes longues de soirée en velours', parentId: 2, order: 20 },
  { ecomId: 3, name: 'Accessoires', parentId: 0, order: 30 },
];
