// Loaded into a benchmarked gateway process (`node --expose-gc --import`): on a `heap` message over the IPC
// channel it collects garbage and answers with process.memoryUsage(), so a soak can tell memory the program
// still holds (heapUsed after a full GC) from memory the allocator kept (RSS).
process.on('message', (message) => {
  if (message !== 'heap') return;
  globalThis.gc?.();
  process.send?.({ heap: process.memoryUsage() });
});
// The channel must not keep a gateway alive that is closing.
process.channel?.unref();
