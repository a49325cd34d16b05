/** Where the R-Series API lives, and the path of one account's resources. */
export const API_ROOT = '/API/V3';
export const ACCOUNT_PATH = `${API_ROOT}/Account/:accountID`;

/** Hono cannot put a parameter right before ".json", so the id and the extension are matched together. */
export const ID_JSON = '{[0-9]+\\.json}';

export function idOfFile(file: string): number {
  return Number(file.slice(0, -'.json'.length));
}
