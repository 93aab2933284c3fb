/**
 * Runs `resolution-lint` from the sources in this (child) process, exactly as
 * bin/resolution-lint.js runs the bundle, and on exit writes the peak resident
 * size (KB) to the file named by RELIABILITY_RSS_FILE.
 */
import * as fs from 'fs';
import { runCli } from '../../../server/src/cli/resolution-lint';

const rssFile = process.env.RELIABILITY_RSS_FILE;
if (rssFile) process.on('exit', () => fs.writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
runCli(process.argv.slice(2));
