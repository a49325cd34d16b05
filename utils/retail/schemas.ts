import * as v from 'valibot';

import type { RetailCategory, RetailItem } from '../sync/model.ts';
import { optionalText, wireBoolean, wireInteger, wirePage, wireSingle, wireText, wireTime } from './normalise.ts';

/** R-Series answers, validated into the engine's own types. The wire's quirks are handled in normalise.ts. */

const categoryRecord = v.pipe(
  v.looseObject({
    categoryID: wireInteger,
    name: wireText,
    nodeDepth: wireInteger,
    fullPathName: wireText,
    leftNode: wireInteger,
    rightNode: wireInteger,
    parentID: wireInteger,
    timeStamp: wireTime,
  }),
  v.transform((wire): RetailCategory => ({
    id: wire.categoryID,
    name: wire.name,
    parentId: wire.parentID,
    leftNode: wire.leftNode,
    rightNode: wire.rightNode,
    depth: wire.nodeDepth,
    fullPath: wire.fullPathName,
    updatedAt: wire.timeStamp,
  })),
);

const itemRecord = v.pipe(
  v.looseObject({
    itemID: wireInteger,
    description: wireText,
    systemSku: optionalText,
    customSku: optionalText,
    upc: optionalText,
    ean: optionalText,
    categoryID: wireInteger,
    publishToEcom: wireBoolean,
    archived: wireBoolean,
    timeStamp: wireTime,
  }),
  v.transform((wire): RetailItem => ({
    id: wire.itemID,
    name: wire.description,
    // The merchant's own SKU wins; the system one is what Retail made up when there was none.
    sku: wire.customSku.trim() || wire.systemSku,
    codes: [...new Set([wire.customSku, wire.systemSku, wire.upc, wire.ean].map((code) => code.trim()))].filter(
      (code) => code !== '',
    ),
    categoryId: wire.categoryID,
    publishToEcom: wire.publishToEcom,
    archived: wire.archived,
    updatedAt: wire.timeStamp,
  })),
);

export interface RetailAccount {
  id: number;
  name: string;
}

const accountRecord = v.pipe(
  v.looseObject({ accountID: wireInteger, name: v.optional(wireText, '') }),
  v.transform((wire): RetailAccount => ({ id: wire.accountID, name: wire.name })),
);

export const CategoryPage = wirePage('Category', categoryRecord);
export const ItemPage = wirePage('Item', itemRecord);
export const CategoryAnswer = wireSingle('Category', categoryRecord);
/** A list asked with count=1: how many records match, in "@attributes". */
export const CountAnswer = v.pipe(
  v.looseObject({ '@attributes': v.looseObject({ count: wireInteger }) }),
  v.transform((body) => body['@attributes'].count),
);
/** GET /Account.json: a token may reach several accounts; the first is the one a merchant means. */
export const AccountAnswer = wirePage('Account', accountRecord);
