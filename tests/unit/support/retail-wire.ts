/** R-Series records as the API sends them: every number and boolean a string. */

export function wireCategory(id: number, overrides: Record<string, unknown> = {}) {
  return {
    categoryID: String(id),
    name: `Category ${id}`,
    nodeDepth: '0',
    fullPathName: `Category ${id}`,
    leftNode: String(id * 2 - 1),
    rightNode: String(id * 2),
    parentID: '0',
    createTime: '2026-01-06T09:10:00+00:00',
    timeStamp: '2026-01-06T09:10:00+00:00',
    ...overrides,
  };
}

export function wireItem(overrides: Record<string, unknown> = {}) {
  return {
    itemID: '42',
    systemSku: '210000000042',
    customSku: 'VES-01',
    description: 'Veste en jean',
    categoryID: '12',
    publishToEcom: 'true',
    archived: 'false',
    timeStamp: '2026-02-01T10:00:00+00:00',
    ...overrides,
  };
}
