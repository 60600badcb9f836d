// Samples the resident memory of a process group (the Next server and its workers) and keeps the peak.
import fs from 'node:fs';

function groupRssBytes(pgid: number): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: process group
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      /* the process ended between listing and reading */
    }
  }
  return total;
}

export function watchPeak(pgid: number) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRssBytes(pgid));
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, groupRssBytes(pgid));
      return peak;
    },
  };
}
