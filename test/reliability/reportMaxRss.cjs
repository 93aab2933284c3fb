// Preloaded (`node -r`) into a child process by the reliability tests: prints the process's peak resident
// size on exit, as the kernel counts it (getrusage ru_maxrss), on stderr's last line.
process.on('exit', () => process.stderr.write(`\n[maxrss] ${process.resourceUsage().maxRSS * 1024}\n`));
