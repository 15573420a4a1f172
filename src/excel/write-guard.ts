/**
 * Tells the change watcher that the add-in itself is writing.
 *
 * From ExcelApi 1.14 Excel marks the add-in's own changes with triggerSource "ThisLocalAddin", and
 * the watcher ignores those. Older Excel sends no triggerSource, so while a write of ours is running
 * (and for a short grace period after it, since events arrive asynchronously) the watcher drops
 * events without one. A real user edit in that window is missed on those hosts; the next edit or the
 * next check catches it up. `runtime.enableEvents = false` (1.8) was not used: it silences every
 * handler of the add-in, needs an extra sync to turn back on, and has been reported not to hold
 * (office-js #1786).
 */
export class WriteGuard {
  private active = 0;

  /** @param graceMs how long after a write events without triggerSource are still taken as ours. */
  constructor(private readonly graceMs = 300) {}

  get writing(): boolean {
    return this.active > 0;
  }

  async around<T>(write: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await write();
    } finally {
      if (this.graceMs > 0) setTimeout(() => this.active--, this.graceMs);
      else this.active--;
    }
  }
}
