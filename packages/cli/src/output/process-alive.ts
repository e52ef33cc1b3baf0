/**
 * True when a process with this id runs on this machine (or may: one we are not allowed to signal
 * runs). The id of a process that has ended may be reused by another; callers accept that a reused
 * id makes them wait rather than break something a live process holds.
 */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
