import { COMPONENT_FORBIDDEN, COMPONENT_UNITS, FLOORS, PAGE_UNITS, PAGE_VALUES, SEALED } from './floors.js';
import { fromRoot, target, within } from './paths.js';

const UNITS = FLOORS.flatMap((units, floor) => units.map((unit) => ({ unit, floor })));

/** The unit a file belongs to (the longest that holds it), or null for files outside the layers (tests, scripts). */
function unitOf(file) {
  let best = null;
  for (const entry of UNITS)
    if (within(file, entry.unit) && (!best || entry.unit.length > best.unit.length)) best = entry;
  return best;
}

/** A declaration that brings in types only, which leave nothing in a bundle. */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** Why `importer` may not import `imported`, or null when it may. */
export function refusal(importer, imported, onlyTypes) {
  const from = unitOf(importer);
  if (!from) return null;
  if (COMPONENT_UNITS.some((unit) => within(importer, unit))) {
    if (!onlyTypes && COMPONENT_FORBIDDEN.some((name) => within(imported, name))) {
      return `components draw what they are given; the entry point talks to the background and the browser (${imported})`;
    }
  }
  const to = unitOf(imported);
  if (!to || to.unit === from.unit) return null;
  if (SEALED.includes(from.unit)) return `${from.unit} imports nothing outside itself (${imported})`;
  if (to.floor >= from.floor) {
    return `${from.unit} (floor ${from.floor}) may not import ${to.unit} (floor ${to.floor}): imports only run down (lint/floors.js)`;
  }
  if (
    !onlyTypes &&
    PAGE_UNITS.some((unit) => within(importer, unit)) &&
    !PAGE_VALUES.some((unit) => within(imported, unit))
  ) {
    return `pages and the content script take only types from ${to.unit}: its code belongs to the background (${imported})`;
  }
  return null;
}

/** Imports run down the floors of lint/floors.js, pages take only types from the background's floors. */
export const layers = {
  meta: { type: 'problem', docs: { description: 'Imports run down the layers of lint/floors.js' }, schema: [] },
  create(context) {
    const importer = fromRoot(context.filename);
    if (!importer) return {};
    const check = (node, source, onlyTypes) => {
      if (typeof source?.value !== 'string') return;
      const imported = target(importer, source.value);
      const why = imported && refusal(importer, imported, onlyTypes);
      if (why) context.report({ node: source, message: why });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, typeOnly(node)),
      ImportExpression: (node) => check(node, node.source, false),
    };
  },
};
