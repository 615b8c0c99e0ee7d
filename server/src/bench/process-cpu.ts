import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second in `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** User and system CPU seconds so far. */
  cpu: number;
}

function stat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields are counted after its closing one.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined; // exited meanwhile
  }
}

/** `root` and every process below it, now (PostgreSQL's backends are children of its postmaster). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = stat(Number(entry))?.ppid;
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/**
 * CPU seconds the processes used between `start()` and `stop()`, from Linux's `/proc` (the figure a shared machine's
 * wall clock cannot give: time other work had the CPU is not counted). A process that exits in between is not
 * counted at all, so measure long-lived processes.
 */
export function cpuMeter(pids: () => readonly number[]): { stop(): number } {
  const watched = pids();
  const before = new Map(watched.map((pid) => [pid, stat(pid)?.cpu ?? 0]));
  return {
    stop: () => {
      let used = 0;
      for (const pid of new Set([...watched, ...pids()])) used += (stat(pid)?.cpu ?? 0) - (before.get(pid) ?? 0);
      return used;
    },
  };
}
