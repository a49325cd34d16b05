import { chance, pick, type Random } from './random.ts';

/** Word lists for French-ish shop names: enough variety that a big store does not read like a test fixture. */

const DEPARTMENTS = [
  'Vêtements',
  'Chaussures',
  'Accessoires',
  'Maison',
  'Cuisine',
  'Jardin',
  'Épicerie fine',
  'Beauté',
  'Sport',
  'Enfants',
  'Bijoux',
  'Papeterie',
  'Décoration',
  'Linge de maison',
  'Bagagerie',
  'Librairie',
  'Jouets',
  'Vins & spiritueux',
  'Luminaires',
  'Bricolage',
  'Cadeaux',
  'Bien-être',
  'Musique',
  'Animalerie',
  'Mercerie',
];

const KINDS = [
  'Vestes',
  'Pantalons',
  'Chemises',
  'Robes',
  'Jupes',
  'Pulls',
  'T-shirts',
  'Manteaux',
  'Baskets',
  'Bottes',
  'Sandales',
  'Mocassins',
  'Sacs',
  'Ceintures',
  'Écharpes',
  'Chapeaux',
  'Montres',
  'Bougies',
  'Vaisselle',
  'Coussins',
  'Tapis',
  'Thés',
  'Cafés',
  'Confitures',
  'Savons',
  'Parfums',
  'Carnets',
  'Stylos',
  'Plaids',
  'Casseroles',
  'Couteaux',
  'Verres',
  'Paniers',
  'Graines',
  'Outils',
  'Pots',
  'Crèmes',
  'Shampoings',
  'Chaussettes',
  'Gants',
  'Lunettes',
  'Colliers',
  'Bagues',
  "Boucles d'oreilles",
  'Maillots',
  'Pyjamas',
  'Peluches',
  'Puzzles',
  'Livres de cuisine',
  'Romans',
  'Vinyles',
  'Lampes',
  'Miroirs',
  'Cadres',
  'Huiles',
  'Épices',
  'Biscuits',
];

const QUALIFIERS = [
  'homme',
  'femme',
  'enfant',
  'bébé',
  "d'été",
  "d'hiver",
  'en cuir',
  'en lin',
  'en laine',
  'en coton bio',
  'bio',
  'de saison',
  'artisanaux',
  "à l'ancienne",
  'de Provence',
  'de Bretagne',
  "d'Alsace",
  'haut de gamme',
  'éco-responsables',
  'vintage',
  'de voyage',
  'du quotidien',
  'de fête',
  'pour la pluie',
  'grandes tailles',
  'petits prix',
  'fait main',
  'made in France',
  'de créateurs',
  'en céramique',
  'en bois',
  'en verre soufflé',
];

const MATERIALS = ['en cuir', 'en lin', 'en laine', 'en coton', 'en velours', 'en soie', 'en daim', 'en toile'];
const COLOURS = [
  'noir',
  'blanc cassé',
  'bleu marine',
  'camel',
  'bordeaux',
  'vert sapin',
  'écru',
  'gris chiné',
  'moutarde',
  'rose poudré',
];
const RENAMES = ['collection 2026', 'printemps-été', 'édition limitée', 'nouveautés', "sélection de l'atelier"];

/** A category's name before it is made unique among its siblings. */
export function categoryName(random: Random, depth: number): string {
  const noun = depth === 0 ? pick(random, DEPARTMENTS) : pick(random, KINDS);
  return depth > 0 && chance(random, 0.3) ? noun : `${noun} ${pick(random, QUALIFIERS)}`;
}

/** The new name of a category renamed in Retail since the last sync. */
export function renamedCategoryName(random: Random, name: string): string {
  return `${name} – ${pick(random, RENAMES)}`;
}

export function itemName(random: Random): string {
  const kind = pick(random, KINDS);
  const material = chance(random, 0.5) ? ` ${pick(random, MATERIALS)}` : '';
  return `${kind}${material} ${pick(random, COLOURS)}`;
}
