/**
 * The Node host's cache store (service/host.ts): values as v8 serialisations in checksummed
 * files (checkedFile.ts), only in the cache's own marked subfolder (cacheFolder.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import type { CacheStore } from '../service/host';
import { ensureOwnedFolder, isOwned, ownedFolder, pruneOwnedFolder } from './cacheFolder';
import { readChecked, writeChecked } from './checkedFile';

export const nodeCacheStore: CacheStore = {
  folder: ownedFolder,

  /**
   * Read only from the cache's own folder, through a bounded read of a regular file, and only
   * when its checksum holds. A missing file is `missing`; anything else that cannot be used
   * says why ('corrupt', 'checksum', 'not a regular file', 'too large', …).
   */
  read(file, limit) {
    if (!isOwned(path.dirname(file))) return { missing: true };
    const r = readChecked(file, limit);
    if (!('payload' in r)) return r;
    try {
      return { value: v8.deserialize(r.payload) };
    } catch {
      return { invalid: 'corrupt' };
    }
  },

  /** Written in the cache's own folder (made and marked first): checksummed, atomically. Throws on failure. */
  write(file, value) {
    const dir = path.dirname(file);
    const owned = ensureOwnedFolder(path.dirname(dir));
    if ('error' in owned) throw Object.assign(new Error(owned.error), { code: owned.error });
    if (owned.dir !== dir) throw Object.assign(new Error('not-owned'), { code: 'not-owned' });
    writeChecked(file, v8.serialize(value));
  },

  remove(file) {
    if (!isOwned(path.dirname(file))) return;
    try {
      fs.unlinkSync(file);
    } catch {
      /* none */
    }
  },

  prune(current) {
    pruneOwnedFolder(path.dirname(current), current);
  },
};
