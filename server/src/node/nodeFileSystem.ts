/** The Node host's file system (service/host.ts): `fs`, reads bounded (boundedRead.ts). */
import * as fs from 'fs';
import type { HostFileSystem } from '../service/host';
import { readBoundedSync } from './boundedRead';

export const nodeFileSystem: HostFileSystem = {
  stat: (file) => fs.statSync(file),
  readBounded: (file, limit) => readBoundedSync(file, limit),
  readdir: (folder) => fs.promises.readdir(folder, { withFileTypes: true, encoding: 'buffer' }),
  realpath: (file) => fs.realpathSync(file, { encoding: 'buffer' }),
};
