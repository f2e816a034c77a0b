// Loaded with `node --import` by bench/validate.ts: reports the process's CPU time and peak
// memory on exit, to the file named by BENCH_CPU_FILE (the command's own output is untouched).
import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.cpuUsage();
  appendFileSync(process.env.BENCH_CPU_FILE, `${(u.user + u.system) / 1000} ${process.resourceUsage().maxRSS}\n`);
});
