/**
 * How busy the machine was while a benchmark ran, from Linux's `/proc`: how much CPU the processes outside the
 * benchmark used (other programs, and the hypervisor's "steal"). A task longer than the scheduler's time slice is
 * interrupted when other processes want the CPU and a shorter one often is not, so ratios between a short baseline
 * and a longer read grow on a busy machine: the bench says so instead of leaving a reader to guess.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Tend's CI runs on

/** user+nice+system+irq+softirq+steal ticks of all CPUs, and steal alone. */
function machineTicks(): { busy: number; steal: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return { busy: user + nice + system + irq + softirq + steal, steal };
}

/** Every process's parent and CPU ticks (utime+stime). */
function processTable(): Map<number, { parent: number; ticks: number }> {
  const table = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces: the fields after it start past its closing parenthesis.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), { parent: Number(after[1]), ticks: Number(after[11]) + Number(after[12]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** CPU ticks of `roots` and all their descendants (the bench's own Node process and its browser). */
function ownTicks(roots: readonly number[]): number {
  const table = processTable();
  const ours = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { parent }] of table)
      if (!ours.has(pid) && ours.has(parent)) {
        ours.add(pid);
        grew = true;
      }
  }
  let ticks = 0;
  for (const pid of ours) ticks += table.get(pid)?.ticks ?? 0;
  return ticks;
}

export interface MachineLoad {
  /** CPUs' worth of time used by processes outside the benchmark (and stolen by the hypervisor) meanwhile. */
  othersCpus: number;
  /** Of which stolen by the hypervisor. */
  stealCpus: number;
  seconds: number;
}

/** Starts watching; `stop()` tells how busy the machine was since. Null where `/proc` is not Linux's. */
export function watchMachineLoad(roots: readonly number[]): { stop: () => MachineLoad } | null {
  let startMachine: ReturnType<typeof machineTicks>;
  let startOwn: number;
  try {
    startMachine = machineTicks();
    startOwn = ownTicks(roots);
  } catch {
    return null;
  }
  const started = performance.now();
  return {
    stop() {
      const machine = machineTicks();
      const own = ownTicks(roots);
      const seconds = (performance.now() - started) / 1000;
      const perCpu = (ticks: number) => ticks / TICKS_PER_SECOND / seconds;
      return {
        othersCpus: perCpu(machine.busy - startMachine.busy - (own - startOwn)),
        stealCpus: perCpu(machine.steal - startMachine.steal),
        seconds,
      };
    },
  };
}
