import { readdir, readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';

/** The browser code of the stand-in admin: TypeScript in ./client, sent as JavaScript. */
const CLIENT_DIR = new URL('./client/', import.meta.url);

/** One flat folder, plain names only: nothing with a slash, a dot-dot or an odd character gets near the disk. */
const ASSET_NAME = /^[a-z0-9][a-z0-9-]*\.(ts|css)$/;

export interface Asset {
  body: string;
  contentType: string;
}

/**
 * Serves ./client files by exact name. The folder is listed once, and a name must be in that list, so a request
 * can only ever reach a file that is in the folder. Each file is read and type-stripped once, then kept: the
 * client is fixed for the life of the sandbox.
 */
export function createAssetStore(): (name: string) => Promise<Asset | null> {
  let listing: Promise<Set<string>> | undefined;
  const cache = new Map<string, Promise<Asset>>();

  const load = async (name: string): Promise<Asset> => {
    const source = await readFile(new URL(name, CLIENT_DIR), 'utf8');
    if (name.endsWith('.css')) return { body: source, contentType: 'text/css; charset=utf-8' };
    // 'strip' only blanks the types out, so line and column numbers in browser errors match the .ts file.
    const body = stripTypeScriptTypes(source, { mode: 'strip' });
    return { body, contentType: 'text/javascript; charset=utf-8' };
  };

  return async (name) => {
    if (!ASSET_NAME.test(name)) return null;
    listing ??= readdir(CLIENT_DIR).then((names) => new Set(names));
    if (!(await listing).has(name)) return null;
    let asset = cache.get(name);
    if (!asset) {
      asset = load(name);
      cache.set(name, asset);
      // A failed read is not kept, so a transient error does not stick.
      asset.catch(() => cache.delete(name));
    }
    return asset;
  };
}
